package io.migrations.sample;

import static org.assertj.core.api.Assertions.assertThat;

import io.migrations.testdb.TestDatabase;
import io.migrations.testdb.TestServers;
import java.sql.SQLException;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The jar started with {@code DATABASE_URL=postgresql://…}, as on Render: it migrates PostgreSQL and serves. */
class PostgresAppIT extends RunningAppContract {

    private TestDatabase database;

    @Override
    Map<String, String> prepareDatabase() {
        database = TestServers.find().createDatabase("SamplePostgresAppIT");
        return Map.of("DATABASE_URL", PostgresUrls.databaseUrl(database));
    }

    @Override
    void removeDatabase() {
        if (database != null) {
            database.close();
        }
    }

    @Override
    String expectedJdbcUrlPrefix() {
        return "jdbc:postgresql://";
    }

    @Test
    void schemaIsInPostgresWithTheConcurrentIndexValid() throws SQLException {
        assertThat(Queries.versions(database)).isEqualTo(AppRevisions.HEAD);
        assertThat(Queries.column(database, "SELECT table_name FROM information_schema.tables "
                + "WHERE table_schema = 'public' AND table_type = 'BASE TABLE'"))
                .containsExactlyInAnyOrder("users", "workspaces", "api_keys", "logs", "alembic_version",
                        "migrations_history");
        assertThat(Queries.value(database, "SELECT data_type FROM information_schema.columns "
                + "WHERE table_name = 'logs' AND column_name = 'latency_ms'")).isEqualTo("bigint");
        assertThat(Queries.value(database, "SELECT CAST(i.indisvalid AS text) FROM pg_index i "
                + "JOIN pg_class c ON c.oid = i.indexrelid WHERE c.relname = 'ix_logs_workspace_created_at'"))
                .isEqualTo("true");
        assertThat(Queries.value(database, "SELECT confdeltype FROM pg_constraint WHERE conname = 'fk_logs_user_id'"))
                .as("fk_logs_user_id is ON DELETE CASCADE").isEqualTo("c");
    }
}
