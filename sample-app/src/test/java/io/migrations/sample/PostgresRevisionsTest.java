package io.migrations.sample;

import io.migrations.db.DatabaseUrl;
import io.migrations.db.UrlDataSource;
import io.migrations.testdb.TestDatabase;
import io.migrations.testdb.TestServers;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

class PostgresRevisionsTest extends RevisionChecksContract {

    private static TestDatabase database;
    private static DataSource dataSource;

    @BeforeAll
    static void createDatabase() {
        database = TestServers.find().createDatabase("SampleRevisionsTest");
        dataSource = new UrlDataSource(DatabaseUrl.parse(database.jdbcUrl(), database.user(), database.password()));
    }

    @AfterAll
    static void dropDatabase() {
        if (database != null) {
            database.close();
        }
    }

    @Override
    DataSource dataSource() {
        return dataSource;
    }

    @Override
    void emptyDatabase() throws SQLException {
        try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
            statement.execute("DROP SCHEMA public CASCADE");
            statement.execute("CREATE SCHEMA public");
        }
    }
}
