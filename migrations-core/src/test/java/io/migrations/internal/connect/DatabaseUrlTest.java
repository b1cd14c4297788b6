package io.migrations.internal.connect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.migrations.api.InvalidUrlException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class DatabaseUrlTest {

    /** The two halves of every test password: neither may appear in any text form of a URL. */
    private static final String LEFT = "Zq7Kx";
    private static final String RIGHT = "VwLm9";

    /** Every URL form with a password holding each of ?/@#%: once percent-encoded and, except %, once as is. */
    static Stream<Arguments> passwords() {
        List<Arguments> cases = new ArrayList<>();
        for (char c : "?/@#%:".toCharArray()) {
            String password = LEFT + c + RIGHT;
            String encoded = URLEncoder.encode(password, StandardCharsets.UTF_8);
            for (String prefix : List.of("postgresql://", "postgres://", "jdbc:postgresql://", "POSTGRESQL://")) {
                cases.add(Arguments.of(prefix + "app:" + encoded + "@db.example.com:6543/shop?sslmode=require", password));
                if (c != '%') {
                    cases.add(Arguments.of(prefix + "app:" + password + "@db.example.com:6543/shop?sslmode=require", password));
                }
            }
            cases.add(Arguments.of("jdbc:postgresql://db.example.com:6543/shop?sslmode=require&user=app&password="
                    + encoded, password));
            cases.add(Arguments.of("host=db.example.com port=6543 dbname=shop user=app password='" + password
                    + "' sslmode=require", password));
        }
        return cases.stream();
    }

    @ParameterizedTest
    @MethodSource("passwords")
    void everyFormGivesTheSameConnectionAndNeverShowsThePassword(String text, String password) {
        DatabaseUrl url = DatabaseUrl.parse(text, null, null);

        assertThat(url.jdbcUrl()).isEqualTo("jdbc:postgresql://db.example.com:6543/shop?sslmode=require");
        assertThat(url.user()).isEqualTo("app");
        assertThat(url.password()).isEqualTo(password);
        assertThat(url.describe()).isEqualTo("db.example.com:6543/shop");
        for (String shown : List.of(url.toString(), url.describe(), url.redactedUrl(), DatabaseUrl.mask(text),
                url.redactor().apply("FATAL: password authentication failed for " + password + " at " + text))) {
            assertThat(shown).doesNotContain(LEFT).doesNotContain(RIGHT);
        }
        assertThat(DatabaseUrl.mask(text)).contains("db.example.com").contains("***");
    }

    @Test
    void maskKeepsTheFormAsWritten() {
        assertThat(DatabaseUrl.mask("postgresql://app:a/b?c@d@db:5432/shop?sslmode=require"))
                .isEqualTo("postgresql://app:***@db:5432/shop?sslmode=require");
        assertThat(DatabaseUrl.mask("jdbc:postgresql://db/shop?user=app&password=s3cr3t&ssl=true"))
                .isEqualTo("jdbc:postgresql://db/shop?user=app&password=***&ssl=true");
        assertThat(DatabaseUrl.mask("host=db user=app password='it is' dbname=shop"))
                .isEqualTo("host=db user=app password=*** dbname=shop");
        assertThat(DatabaseUrl.mask("jdbc:sqlserver://db;user=app;password=s3cr3t;encrypt=true"))
                .isEqualTo("jdbc:sqlserver://db;user=app;password=***;encrypt=true");
        assertThat(DatabaseUrl.mask("postgresql://app@db/shop")).isEqualTo("postgresql://app@db/shop");
        assertThat(DatabaseUrl.mask("heads")).isEqualTo("heads");
    }

    @Test
    void credentialsBeforeABrokenHostAreMaskedToo() {
        assertThat(DatabaseUrl.mask("postgresql://app:s3cr3t@db$x/shop")).isEqualTo("postgresql://app:***@db$x/shop");
        assertThatThrownBy(() -> DatabaseUrl.parse("postgresql://app:s3cr3t@db$x/shop", null, null))
                .isInstanceOf(InvalidUrlException.class).hasMessageNotContaining("s3cr3t").hasMessageNotContaining("db$x");
    }

    @Test
    void maskWorksOnUrlsThatCannotBeParsed() {
        String text = "postgresql://app:Zq7%zzKx@db:notaport/shop";
        assertThatThrownBy(() -> DatabaseUrl.parse(text, null, null)).isInstanceOf(InvalidUrlException.class);
        assertThat(DatabaseUrl.mask(text)).isEqualTo("postgresql://app:***@db:notaport/shop");
    }

    @ParameterizedTest
    @ValueSource(strings = {"postgresql://app:Zq7%zzKx@db/shop", "postgresql://app:Zq7%4@db/shop",
            "postgresql://app:Zq7%@db/shop", "postgresql://app:Zq7%C3%28Kx@db/shop"})
    void badPercentEscapeIsAClearErrorShowingNoPartOfThePassword(String text) {
        assertThatThrownBy(() -> DatabaseUrl.parse(text, null, null))
                .isInstanceOf(InvalidUrlException.class)
                .hasMessageStartingWith("Invalid database URL: the password ")
                .hasMessageNotContaining("Zq7").hasMessageNotContaining("Kx").hasMessageNotContaining("zz");
    }

    @ParameterizedTest
    @ValueSource(strings = {"postgresql://app:pw@db:notaport/shop", "postgresql://app:pw@db:99999/shop",
            "postgresql://app:pw@db:0/shop", "jdbc:postgresql://db:notaport/shop", "host=db port=99999 dbname=shop",
            "postgresql://app:pw@db:5432,db2:x/shop"})
    void badPortIsOneClearLine(String text) {
        assertThatThrownBy(() -> DatabaseUrl.parse(text, null, null))
                .isInstanceOf(InvalidUrlException.class)
                .hasMessageStartingWith("Invalid database URL: the port is not a number from 1 to 65535")
                .hasMessageNotContaining("notaport").hasMessageNotContaining("99999").hasMessageNotContaining("\n");
    }

    @Test
    void anAtInTheParametersIsNotTakenForCredentials() {
        DatabaseUrl url = DatabaseUrl.parse("postgresql://db/shop?application_name=me@home", null, null);

        assertThat(url.user()).isNull();
        assertThat(url.jdbcUrl()).isEqualTo("jdbc:postgresql://db/shop?ApplicationName=me%40home");
    }

    @Test
    void severalHostsIpv6AndDefaults() {
        assertThat(DatabaseUrl.parse("postgresql://u:p@h1:5433,h2/shop", null, null).describe())
                .isEqualTo("h1:5433,h2:5432/shop");
        assertThat(DatabaseUrl.parse("postgresql://u:p@[::1]:6000/shop", null, null).jdbcUrl())
                .isEqualTo("jdbc:postgresql://[::1]:6000/shop");
        assertThat(DatabaseUrl.parse("postgresql:///shop", null, null).describe()).isEqualTo("localhost:5432/shop");
        assertThat(DatabaseUrl.parse("host=h1,h2 port=5433,5434 dbname=shop", null, null).jdbcUrl())
                .isEqualTo("jdbc:postgresql://h1:5433,h2:5434/shop");
    }

    @Test
    void percentEncodedUserAndDatabaseAreDecodedAndPlusStaysAPlus() {
        DatabaseUrl url = DatabaseUrl.parse("postgres://us%40er:p%3Aa%2Fss+word@host/my%20db", null, null);

        assertThat(url.jdbcUrl()).isEqualTo("jdbc:postgresql://host/my%20db");
        assertThat(url.user()).isEqualTo("us@er");
        assertThat(url.password()).isEqualTo("p:a/ss+word");
        assertThat(url.describe()).isEqualTo("host:5432/my%20db");
    }

    @Test
    void explicitUserAndPasswordOverrideTheUrl() {
        DatabaseUrl url = DatabaseUrl.parse("postgresql://app:old@host:5432/db", "admin", "new");
        DatabaseUrl jdbc = DatabaseUrl.parse("jdbc:postgresql://host/db?user=app&password=old", "admin", "new");

        assertThat(List.of(url.user(), url.password(), jdbc.user(), jdbc.password()))
                .containsExactly("admin", "new", "admin", "new");
        assertThat(jdbc.jdbcUrl()).isEqualTo("jdbc:postgresql://host/db");
    }

    @Test
    void otherJdbcUrlsPassThrough() {
        DatabaseUrl url = DatabaseUrl.parse("jdbc:h2:mem:test;DB_CLOSE_DELAY=-1", null, null);

        assertThat(url.jdbcUrl()).isEqualTo("jdbc:h2:mem:test;DB_CLOSE_DELAY=-1");
        assertThat(url.user()).isNull();
        assertThat(url.isPostgres()).isFalse();
    }

    @Test
    void libpqConnectTimeoutBoundsTheWholeLogin() {
        DatabaseUrl url = DatabaseUrl.parse("postgresql://h/db?sslmode=disable&connect_timeout=7", null, null);

        assertThat(url.jdbcUrl()).isEqualTo("jdbc:postgresql://h/db?sslmode=disable&connectTimeout=7&loginTimeout=7");
        assertThatThrownBy(() -> DatabaseUrl.parse("postgresql://h/db?connect_timeout=soon", null, null))
                .isInstanceOf(InvalidUrlException.class).hasMessageContaining("whole number of seconds");
    }

    @Test
    void keyValueValuesMayBeQuotedWithEscapes() {
        DatabaseUrl url = DatabaseUrl.parse("host=db dbname='my shop' user=app password='it\\'s a \\\\ secret'", null, null);

        assertThat(url.password()).isEqualTo("it's a \\ secret");
        assertThat(url.jdbcUrl()).isEqualTo("jdbc:postgresql://db/my%20shop");
        assertThatThrownBy(() -> DatabaseUrl.parse("host=db password='open", null, null))
                .isInstanceOf(InvalidUrlException.class).hasMessageNotContaining("open");
    }

    @Test
    void redactorRemovesKnownSecretsAndMasksUrlsInFreeText() {
        Redactor redactor = DatabaseUrl.parse("postgresql://app:Hunter2Secret@host/db", null, null).redactor();

        assertThat(redactor.apply("failed for Hunter2Secret and Hunter2%21 at 'jdbc:postgresql://u:other99@h/d'."))
                .isEqualTo("failed for *** and Hunter2%21 at 'jdbc:postgresql://u:***@h/d'.");
        assertThat(redactor.apply("try password=abc123 or sslpassword=xyz")).isEqualTo("try password=*** or sslpassword=***");
    }

    @Test
    void unsupportedUrlIsRejectedWithoutShowingThePassword() {
        assertThatThrownBy(() -> DatabaseUrl.parse("mysql://u:TopSecret@h/db", null, null))
                .isInstanceOf(InvalidUrlException.class)
                .hasMessageContaining("postgresql://")
                .hasMessageNotContaining("TopSecret");
    }

    @Test
    void missingUrlSaysHowToProvideOne() {
        assertThatThrownBy(() -> DatabaseUrl.parse(" ", null, null))
                .isInstanceOf(InvalidUrlException.class)
                .hasMessageContaining("DATABASE_URL");
    }
}
