package io.migrations.sample;

import static org.assertj.core.api.Assertions.assertThat;

import io.migrations.Migrations;
import io.migrations.MigrationsConfig;
import io.migrations.RevisionSet;
import io.migrations.catalog.Catalog;
import io.migrations.catalog.Index;
import io.migrations.catalog.Table;
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
        Catalog catalog = Migrations.create(MigrationsConfig.builder().dataSource(database.dataSource()).build(),
                RevisionSet.empty()).catalog();
        assertThat(catalog.tables()).extracting(table -> table.name().toString())
                .containsExactlyInAnyOrder("public.users", "public.workspaces", "public.api_keys", "public.logs");
        Table logs = catalog.table("public", "logs").orElseThrow();
        assertThat(logs.column("latency_ms").orElseThrow().type()).isEqualTo("bigint");
        assertThat(logs.index("ix_logs_workspace_created_at").orElseThrow().validity()).isEqualTo(Index.Validity.VALID);
        assertThat(logs.constraint("fk_logs_user_id").orElseThrow().definition())
                .as("fk_logs_user_id is ON DELETE CASCADE").contains("ON DELETE CASCADE");
    }
}
