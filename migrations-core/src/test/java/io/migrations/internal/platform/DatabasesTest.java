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

    @Test
    void findsTheDatabaseOfADriverUrl() {
        assertThat(Databases.forUrl("JDBC:PostgreSQL://db:5432/app")).contains(Databases.POSTGRESQL);
        assertThat(Databases.forUrl("jdbc:h2:mem:x")).contains(Databases.H2);
        assertThat(Databases.forUrl("jdbc:mysql://db/app")).isEmpty();
    }

    @Test
    void aTemporaryPostgresqlDatabaseKeepsTheServerHostsAndParametersOfTheUrl() {
        TemporaryDatabase temporary = Databases.POSTGRESQL
                .temporaryDatabase("jdbc:postgresql://a:5432,b:5433/app?sslmode=require&targetServerType=primary",
                        "migrations_shadow_1")
                .orElseThrow();
        assertThat(temporary.jdbcUrl())
                .isEqualTo("jdbc:postgresql://a:5432,b:5433/migrations_shadow_1?sslmode=require&targetServerType=primary");
        assertThat(temporary.create()).first().isEqualTo("CREATE DATABASE migrations_shadow_1");
        assertThat(temporary.drop()).isEqualTo("DROP DATABASE IF EXISTS migrations_shadow_1 WITH (FORCE)");
        assertThat(temporary.maintenance())
                .isEqualTo("jdbc:postgresql://a:5432,b:5433/postgres?sslmode=require&targetServerType=primary");
        assertThat(Databases.POSTGRESQL.temporaryDatabase("jdbc:postgresql:app", "x")).as("no host, no server to name")
                .isEmpty();
    }

    @Test
    void h2MakesNoTemporaryDatabase() {
        assertThat(Databases.H2.temporaryDatabase("jdbc:h2:mem:x", "y")).isEmpty();
    }
}
