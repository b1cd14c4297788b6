package io.migrations.sample;

import static org.assertj.core.api.Assertions.assertThat;

import io.migrations.testdb.TestDatabase;
import io.migrations.testdb.TestServers;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Docker image's command, {@code docker-entrypoint.sh}, run here on the jar (Docker itself is not needed to check
 * what the script does): migrate, then start; a failed migration stops it before the app starts.
 */
class DockerEntrypointIT {

    @Test
    void migratesThenStartsTheApp() throws Exception {
        int port = SampleProcess.freePort();
        try (TestDatabase database = TestServers.find().createDatabase("SampleEntrypointIT");
             SampleProcess container = SampleProcess.entrypoint("entrypoint-ok",
                     Map.of("DATABASE_URL", PostgresUrls.databaseUrl(database)), "--server.port=" + port)) {
            container.awaitReady(port);

            String output = container.output();
            assertThat(output.indexOf("Migrate-only run")).as(output).isNotNegative()
                    .isLessThan(output.indexOf("Tomcat started"));
            assertThat(new Api(port).get("/actuator/migrations").at("/dataSources/migrationRunner/status").asString())
                    .isEqualTo("UP_TO_DATE");
        }
    }

    @Test
    void failedMigrationStopsBeforeTheAppStarts(@TempDir Path extra) throws Exception {
        String locations = BrokenRevision.writeTo(extra);
        try (TestDatabase database = TestServers.find().createDatabase("SampleEntrypointBrokenIT");
             SampleProcess container = SampleProcess.entrypoint("entrypoint-broken",
                     Map.of("DATABASE_URL", PostgresUrls.databaseUrl(database), "MIGRATIONS_LOCATIONS", locations))) {
            int exitCode = container.awaitExit();

            assertThat(exitCode).as(container.output()).isNotZero();
            assertThat(container.output()).contains(BrokenRevision.ID).doesNotContain("Tomcat started");
            assertThat(Queries.versions(database)).isEqualTo(AppRevisions.HEAD);
        }
    }
}
