package io.migrations.internal.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.migrations.api.DialectException;
import io.migrations.internal.platform.Database.SearchPath;
import io.migrations.testdb.TestDatabase;
import io.migrations.testdb.TestServers;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The search path is set by the database's own class, for the fleet's pool and the Spring runners alike. */
class DatabaseSearchPathTest {

    private static TestDatabase postgres;

    @BeforeAll
    static void createDatabase() {
        postgres = TestServers.find().createDatabase("DatabaseSearchPathTest");
    }

    @AfterAll
    static void dropDatabase() {
        postgres.close();
    }

    @Test
    void firstPutsTheSchemaInFrontAndReturnsThePathToPutBack() throws SQLException {
        try (Connection connection = postgres.connect()) {
            String own = path(connection);
            String quoted = Databases.POSTGRESQL.quoteIdentifier("Tenant \"7\"");

            String returned = Databases.POSTGRESQL.setSearchPath(connection, quoted, SearchPath.FIRST);

            assertThat(returned).isEqualTo(own);
            assertThat(path(connection)).isEqualTo("\"Tenant \"\"7\"\"\", " + own);
            Databases.POSTGRESQL.setSearchPath(connection, returned, SearchPath.REPLACE);
            assertThat(path(connection)).isEqualTo(own);
        }
    }

    @Test
    void replaceSetsTheWholePathAndAHostileNameStaysOneSchema() throws SQLException {
        try (Connection connection = postgres.connect(); Statement statement = connection.createStatement()) {
            statement.execute("CREATE SCHEMA \"a'; DROP SCHEMA public; --\"");
            String hostile = Databases.POSTGRESQL.quoteIdentifier("a'; DROP SCHEMA public; --");

            Databases.POSTGRESQL.setSearchPath(connection, hostile, SearchPath.REPLACE);

            try (ResultSet rs = statement.executeQuery("SELECT current_schema(), "
                    + "(SELECT count(*) FROM pg_namespace WHERE nspname = 'public')")) {
                rs.next();
                assertThat(rs.getString(1)).isEqualTo("a'; DROP SCHEMA public; --");
                assertThat(rs.getInt(2)).isEqualTo(1);
            }
        }
    }

    @Test
    void aDatabaseWithoutASearchPathSaysSo() throws SQLException {
        try (Connection connection = DriverManager.getConnection("jdbc:h2:mem:DatabaseSearchPathTest")) {
            assertThatThrownBy(() -> Databases.H2.setSearchPath(connection, "tenant_1", SearchPath.FIRST))
                    .isInstanceOf(DialectException.class)
                    .hasMessage("Not supported on H2: a schema search path; name each object's schema in the "
                            + "revisions instead");
        }
    }

    private static String path(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("SHOW search_path")) {
            rs.next();
            return rs.getString(1);
        }
    }
}
