package io.migrations.internal.script;

import io.migrations.internal.platform.Database;
import io.migrations.internal.platform.Databases;
import io.migrations.testdb.TestDatabase;
import io.migrations.testdb.TestServers;
import java.sql.Connection;
import java.sql.SQLException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

class PostgresScenariosTest extends ScenarioContract {

    private static TestDatabase database;
    private static Connection connection;

    @BeforeAll
    static void createDatabase() throws SQLException {
        database = TestServers.find().createDatabase("PostgresScenariosTest");
        connection = database.connect();
    }

    @AfterAll
    static void dropDatabase() throws SQLException {
        connection.close();
        database.close();
    }

    @Override
    Connection connection() {
        return connection;
    }

    @Override
    Database dialect() {
        return Databases.POSTGRESQL;
    }

    @Override
    void resetSchema() throws SQLException {
        execute("DROP SCHEMA public CASCADE");
        execute("DROP SCHEMA IF EXISTS audit CASCADE");
        execute("CREATE SCHEMA public");
    }

    @Override
    String catalogTextType() {
        return "text";
    }
}
