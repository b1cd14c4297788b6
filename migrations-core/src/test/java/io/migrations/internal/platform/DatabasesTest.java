package io.migrations.internal.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.migrations.api.DialectException;
import io.migrations.testdb.TestDatabase;
import io.migrations.testdb.TestServers;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

class DatabasesTest {

    @Test
    void findsDialectsByNameInAnyCase() {
        assertThat(Databases.byName("postgresql")).isSameAs(Databases.POSTGRESQL);
        assertThat(Databases.byName(" PostgreSQL ")).isSameAs(Databases.POSTGRESQL);
        assertThat(Databases.byName("postgres")).isSameAs(Databases.POSTGRESQL);
        assertThat(Databases.byName("H2")).isSameAs(Databases.H2);
        assertThat(Databases.all()).extracting(Database::name).containsExactly("postgresql", "h2");
    }

    @Test
    void rejectsUnknownNamesListingTheKnownOnes() {
        assertThatThrownBy(() -> Databases.byName("mysql"))
                .isInstanceOf(DialectException.class)
                .hasMessage("Unknown dialect 'mysql'; use one of [postgresql, h2]")
                .matches(e -> ((DialectException) e).isUserError());
    }

    @Test
    void detectsPostgresql() throws SQLException {
        try (TestDatabase database = TestServers.find().createDatabase("DialectsTest");
             Connection connection = database.connect()) {
            assertThat(Databases.detect(connection)).isSameAs(Databases.POSTGRESQL);
        }
    }

    @Test
    void detectsH2() throws SQLException {
        try (Connection connection = DriverManager.getConnection("jdbc:h2:mem:DialectsTest")) {
            assertThat(Databases.detect(connection)).isSameAs(Databases.H2);
        }
    }

    @Test
    void rejectsOtherProductsAndSaysHowToOverride() {
        assertThatThrownBy(() -> Databases.forProduct("MySQL"))
                .isInstanceOf(DialectException.class)
                .hasMessage("Unsupported database 'MySQL': migrations speaks PostgreSQL and H2. If this database "
                        + "understands one of them, choose that dialect by name ([postgresql, h2]) instead of "
                        + "detecting it");
    }
}
