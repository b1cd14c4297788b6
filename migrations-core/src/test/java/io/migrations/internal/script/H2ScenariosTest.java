package io.migrations.internal.script;

import io.migrations.internal.platform.Database;
import io.migrations.internal.platform.Databases;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

class H2ScenariosTest extends ScenarioContract {

    private static Connection connection;

    @BeforeAll
    static void openDatabase() throws SQLException {
        connection = DriverManager.getConnection("jdbc:h2:mem:H2ScenariosTest;DB_CLOSE_DELAY=-1");
    }

    @AfterAll
    static void closeDatabase() throws SQLException {
        try (java.sql.Statement statement = connection.createStatement()) {
            statement.execute("SHUTDOWN");
        }
        connection.close();
    }

    @Override
    Connection connection() {
        return connection;
    }

    @Override
    Database dialect() {
        return Databases.H2;
    }

    @Override
    void resetSchema() throws SQLException {
        execute("DROP ALL OBJECTS");
    }

    @Override
    String catalogTextType() {
        return "character varying(1000000000)";
    }
}
