package io.migrations.sample;

import static org.assertj.core.api.Assertions.assertThat;

import io.migrations.Migrations;
import io.migrations.MigrationsConfig;
import io.migrations.RevisionSet;
import io.migrations.testdb.TestDatabase;
import io.migrations.testdb.TestServers;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code java -jar sample-app.jar --spring.profiles.active=migrate}, the pre-deploy command of render.yaml and the
 * Docker entrypoint: it migrates and exits, with an exit code a deploy can trust.
 */
class MigrateProfileIT {

    @Test
    void migratesToTheHeadAndExitsZeroWithoutServing() throws Exception {
        try (TestDatabase database = TestServers.find().createDatabase("SampleMigrateIT");
             SampleProcess migrate = SampleProcess.jar("migrate-ok",
                     Map.of("DATABASE_URL", PostgresUrls.databaseUrl(database)), "--spring.profiles.active=migrate")) {
            int exitCode = migrate.awaitExit();

            assertThat(exitCode).as(migrate.output()).isZero();
            assertThat(migrate.output()).contains("Migrate-only run").doesNotContain("Tomcat started");
            assertThat(Queries.versions(database)).isEqualTo(AppRevisions.HEAD);
        }
    }

    @Test
    void brokenRevisionExitsNonZeroAndLeavesTheLastGoodRevision(@TempDir Path extra) throws Exception {
        String locations = BrokenRevision.writeTo(extra);
        try (TestDatabase database = TestServers.find().createDatabase("SampleMigrateBrokenIT");
             SampleProcess migrate = SampleProcess.jar("migrate-broken",
                     Map.of("DATABASE_URL", PostgresUrls.databaseUrl(database)), "--spring.profiles.active=migrate",
                     "--migrations.locations=" + locations)) {
            int exitCode = migrate.awaitExit();

            assertThat(exitCode).as(migrate.output()).isNotZero();
            assertThat(migrate.output()).contains(BrokenRevision.ID).contains(BrokenRevision.MISSING_TABLE);
            assertThat(Queries.versions(database)).isEqualTo(AppRevisions.HEAD);
            assertThat(Migrations.create(MigrationsConfig.builder().dataSource(database.dataSource()).build(), RevisionSet.empty())
                    .catalog().table("public", BrokenRevision.TABLE)).as("the failed revision's table was rolled back")
                    .isEmpty();
            assertThat(Queries.value(database, "SELECT revision || ' ' || CAST(success AS text) "
                    + "FROM migrations_history ORDER BY id DESC LIMIT 1")).isEqualTo(BrokenRevision.ID + " false");
        }
    }
}
