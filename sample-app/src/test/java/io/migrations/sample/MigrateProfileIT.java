package io.migrations.sample;

import static org.assertj.core.api.Assertions.assertThat;

import io.migrations.testdb.FakeServer;
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
    void aPasswordWithUrlCharactersIsReadAndNeverLogged() throws Exception {
        String role = "sample_secret_" + Long.toHexString(System.nanoTime());
        String password = "Zq7Kx/?@#:VwLm9";
        try (TestDatabase database = TestServers.find().createDatabase("SampleSecretIT")) {
            database.execute("CREATE ROLE " + role + " LOGIN SUPERUSER PASSWORD '" + password + "'");
            String hostAndDb = database.jdbcUrl().substring("jdbc:postgresql://".length());
            try (SampleProcess migrate = SampleProcess.jar("migrate-secret",
                    Map.of("DATABASE_URL", "postgresql://" + role + ":" + password + "@" + hostAndDb),
                    "--spring.profiles.active=migrate", "--logging.level.com.zaxxer=DEBUG",
                    "--logging.level.org.postgresql=DEBUG", "--logging.level.io.migrations=DEBUG")) {
                int exitCode = migrate.awaitExit();

                assertThat(exitCode).as(migrate.output()).isZero();
                assertThat(migrate.output()).contains("Migrate-only run").doesNotContain("Zq7Kx").doesNotContain("VwLm9");
                assertThat(Queries.versions(database)).isEqualTo(AppRevisions.HEAD);
            } finally {
                database.execute("REASSIGN OWNED BY " + role + " TO CURRENT_USER; DROP OWNED BY " + role + "; DROP ROLE " + role);
            }
        }
    }

    @Test
    void aServerThatNeverAnswersEndsTheRunAfterTheUrlsConnectTimeout() throws Exception {
        try (FakeServer silent = FakeServer.start(FakeServer.Behaviour.SILENT);
             SampleProcess migrate = SampleProcess.jar("migrate-silent",
                     Map.of("DATABASE_URL", "postgresql://app@" + silent.hostAndPort() + "/app?connect_timeout=2"),
                     "--spring.profiles.active=migrate")) {
            int exitCode = migrate.awaitExit();

            assertThat(exitCode).as(migrate.output()).isNotZero();
            assertThat(migrate.output()).contains("Cannot connect to " + silent.hostAndPort() + "/app: no answer after ");
        }
    }

    @Test
    void sigtermEndsAMigrateRunWaitingForASilentServerAtOnce() throws Exception {
        try (FakeServer silent = FakeServer.start(FakeServer.Behaviour.SILENT);
             SampleProcess migrate = SampleProcess.jar("migrate-sigterm",
                     Map.of("DATABASE_URL", "postgresql://app@" + silent.hostAndPort() + "/app"),
                     "--spring.profiles.active=migrate", "--migrations.connect-timeout=10m",
                     "--spring.datasource.hikari.connection-timeout=600000")) {
            migrate.awaitConnectionTo(silent::accepted);
            assertThat(migrate.terminate()).as(migrate.output()).isNotZero();
        }
    }

    @Test
    void aRefusedLoginIsExplainedInTheApplicationsTerms() throws Exception {
        try (TestDatabase database = TestServers.find().createDatabase("SampleLoginIT");
             SampleProcess migrate = SampleProcess.jar("migrate-login", Map.of("DATABASE_URL", "postgresql://no_such_role_"
                     + "here:Zq7Kx@" + database.jdbcUrl().substring("jdbc:postgresql://".length())),
                     "--spring.profiles.active=migrate")) {
            int exitCode = migrate.awaitExit();

            assertThat(exitCode).as(migrate.output()).isEqualTo(1);
            assertThat(migrate.output()).contains("no_such_role_here").contains("spring.datasource.username")
                    .contains("spring.datasource.password").doesNotContain("--user").doesNotContain("--password")
                    .doesNotContain("Zq7Kx");
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

            assertThat(exitCode).as(migrate.output()).isEqualTo(1);
            assertThat(migrate.output()).contains(BrokenRevision.ID).contains(BrokenRevision.MISSING_TABLE)
                    .as("a failed start closes quietly, though the app's repositories started the migration")
                    .doesNotContain("Unable to close ApplicationContext");
            assertThat(Queries.versions(database)).isEqualTo(AppRevisions.HEAD);
            assertThat(Migrations.create(MigrationsConfig.builder().dataSource(database.dataSource()).build(), RevisionSet.empty())
                    .catalog().table("public", BrokenRevision.TABLE)).as("the failed revision's table was rolled back")
                    .isEmpty();
            assertThat(Queries.value(database, "SELECT revision || ' ' || CAST(success AS text) "
                    + "FROM migrations_history ORDER BY id DESC LIMIT 1")).isEqualTo(BrokenRevision.ID + " false");
        }
    }
}
