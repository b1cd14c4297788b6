package io.migrations.sample;

import static org.assertj.core.api.Assertions.assertThat;

import io.migrations.testdb.TestDatabase;
import io.migrations.testdb.TestServers;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The jar started with {@code DATABASE_URL=postgresql://…}, as on Render: it migrates PostgreSQL and serves. */
class PostgresAppIT extends RunningAppContract {

    private static TestDatabase database;
    private static SampleProcess app;
    private static Api api;

    @BeforeAll
    static void startApp() {
        database = TestServers.find().createDatabase("SamplePostgresAppIT");
        int port = SampleProcess.freePort();
        app = SampleProcess.start("postgres-app", Map.of("DATABASE_URL", PostgresUrls.databaseUrl(database)),
                "--server.port=" + port);
        app.awaitReady(port);
        api = new Api(port);
    }

    @AfterAll
    static void stopApp() throws InterruptedException {
        if (app != null) {
            app.close();
        }
        if (database != null) {
            database.close();
        }
    }

    @Override
    Api api() {
        return api;
    }

    @Override
    String expectedJdbcUrlPrefix() {
        return "jdbc:postgresql://";
    }

    @Test
    void schemaIsInPostgresWithTheConcurrentIndexValid() throws SQLException {
        try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
            assertThat(column(statement, "SELECT version_num FROM alembic_version")).containsExactly(AppRevisions.HEAD);
            assertThat(column(statement, "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'"
                    + " AND table_type = 'BASE TABLE'")).containsExactlyInAnyOrder("users", "workspaces", "api_keys",
                    "logs", "alembic_version", "migrations_history");
            assertThat(column(statement, "SELECT data_type FROM information_schema.columns WHERE table_name = 'logs'"
                    + " AND column_name = 'latency_ms'")).containsExactly("bigint");
            assertThat(column(statement, "SELECT CAST(i.indisvalid AS text) FROM pg_index i JOIN pg_class c ON c.oid = "
                    + "i.indexrelid WHERE c.relname = 'ix_logs_workspace_created_at'")).containsExactly("true");
            assertThat(column(statement, "SELECT confdeltype FROM pg_constraint WHERE conname = 'fk_logs_user_id'"))
                    .as("fk_logs_user_id is ON DELETE CASCADE").containsExactly("c");
        }
    }

    private static List<String> column(Statement statement, String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        try (ResultSet rows = statement.executeQuery(sql)) {
            while (rows.next()) {
                values.add(rows.getString(1));
            }
        }
        return values;
    }
}
