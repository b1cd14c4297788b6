package io.migrations.internal.connect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.migrations.api.InvalidUrlException;
import org.junit.jupiter.api.Test;

class DatabaseUrlTest {

    @Test
    void libpqUrlBecomesJdbcUrlAndCredentials() {
        DatabaseUrl url = DatabaseUrl.parse("postgresql://app:s3cret@db.example.com:6543/shop?sslmode=require", null, null);

        assertThat(url.jdbcUrl()).isEqualTo("jdbc:postgresql://db.example.com:6543/shop?sslmode=require");
        assertThat(url.user()).isEqualTo("app");
        assertThat(url.password()).isEqualTo("s3cret");
        assertThat(url.describe()).isEqualTo("db.example.com:6543/shop");
    }

    @Test
    void postgresSchemeAndPercentEncodedCredentialsAreDecoded() {
        DatabaseUrl url = DatabaseUrl.parse("postgres://us%40er:p%3Aa%2Fss+word@host/db", null, null);

        assertThat(url.jdbcUrl()).isEqualTo("jdbc:postgresql://host/db");
        assertThat(url.user()).isEqualTo("us@er");
        assertThat(url.password()).isEqualTo("p:a/ss+word");
        assertThat(url.describe()).isEqualTo("host:5432/db");
    }

    @Test
    void explicitUserAndPasswordOverrideTheUrl() {
        DatabaseUrl url = DatabaseUrl.parse("postgresql://app:old@host:5432/db", "admin", "new");

        assertThat(url.user()).isEqualTo("admin");
        assertThat(url.password()).isEqualTo("new");
    }

    @Test
    void jdbcUrlPassesThrough() {
        DatabaseUrl url = DatabaseUrl.parse("jdbc:postgresql://localhost:5432/test?user=x", null, null);

        assertThat(url.jdbcUrl()).isEqualTo("jdbc:postgresql://localhost:5432/test?user=x");
        assertThat(url.user()).isNull();
        assertThat(url.describe()).isEqualTo("localhost:5432/test");
    }

    @Test
    void libpqConnectTimeoutIsRenamedForTheDriver() {
        DatabaseUrl url = DatabaseUrl.parse("postgresql://h/db?sslmode=disable&connect_timeout=7", null, null);

        assertThat(url.jdbcUrl()).isEqualTo("jdbc:postgresql://h/db?sslmode=disable&connectTimeout=7");
    }

    @Test
    void passwordNeverAppearsInTextForms() {
        DatabaseUrl url = DatabaseUrl.parse("postgresql://app:Hunter2Secret@host:5432/db", null, null);
        DatabaseUrl jdbc = DatabaseUrl.parse("jdbc:postgresql://host/db?user=a&password=Hunter2Secret", null, null);

        assertThat(url.toString()).doesNotContain("Hunter2Secret");
        assertThat(jdbc.toString()).doesNotContain("Hunter2Secret").contains("password=***");
        assertThat(DatabaseUrl.redact("postgresql://app:Hunter2Secret@host/db")).isEqualTo("postgresql://app:***@host/db");
    }

    @Test
    void unsupportedUrlIsRejectedWithoutShowingThePassword() {
        assertThatThrownBy(() -> DatabaseUrl.parse("mysql://u:TopSecret@h/db", null, null))
                .isInstanceOf(InvalidUrlException.class)
                .hasMessageContaining("postgresql://user:password@host:5432/database")
                .hasMessageNotContaining("TopSecret");
    }

    @Test
    void missingUrlSaysHowToProvideOne() {
        assertThatThrownBy(() -> DatabaseUrl.parse(" ", null, null))
                .isInstanceOf(InvalidUrlException.class)
                .hasMessageContaining("DATABASE_URL");
    }
}
