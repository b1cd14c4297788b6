package io.migrations.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;

import io.migrations.spring.TestDatabaseExtension;
import io.migrations.spring.app.TestApplication;
import io.migrations.testdb.FakeServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** {@code java -jar app.jar --spring.profiles.active=migrate} as a pre-deploy command: exit codes and effects. */
class MigrateProfileProcessTests {

    @RegisterExtension
    static final TestDatabaseExtension db = new TestDatabaseExtension();




    private static ChildApplication.Result run(Map<String, String> environment, String... args) throws Exception {
        List<String> all = new ArrayList<>(Arrays.asList(args));
        all.add("--server.port=0");
        return ChildApplication.run(environment, all);
    }

    private static String[] dataSourceArgs() {
        return Arrays.stream(db.dataSourceProperties()).map(p -> "--" + p).toArray(String[]::new);
    }

    private static String[] with(String[] first, String... more) {
        List<String> all = new ArrayList<>(Arrays.asList(first));
        all.addAll(Arrays.asList(more));
        return all.toArray(String[]::new);
    }

    @Test
    void migrateProfileAppliesRevisionsAndExitsZeroBeforeApplicationRunners() throws Exception {
        ChildApplication.Result result = run(Map.of(), with(dataSourceArgs(), "--spring.profiles.active=migrate"));
        assertThat(result.exitCode()).as(result.output()).isZero();
        assertThat(result.output()).contains("Migrate-only run: " + db.jdbcUrl() + ": Ran 2 steps")
                .doesNotContain(TestApplication.RUNNERS_RAN);
        assertThat(db.versions()).containsExactly("b2");
    }

    @Test
    void sigtermEndsAMigrateOnlyRunWaitingForASilentServerAtOnce(@TempDir Path dir) throws Exception {
        Path log = dir.resolve("child.log");
        try (FakeServer silent = FakeServer.start(FakeServer.Behaviour.SILENT)) {
            Process child = ChildApplication.start(Map.of(), List.of("--spring.profiles.active=migrate", "--server.port=0",
                    "--spring.datasource.url=jdbc:postgresql://" + silent.hostAndPort() + "/app",
                    "--spring.datasource.username=app", "--spring.datasource.hikari.connection-timeout=600000",
                    "--migrations.connect-timeout=10m"), log);
            boolean ended = ChildApplication.terminateWhen(child, () -> silent.accepted() > 0);
            assertThat(ended).as("ended after SIGTERM:\n" + Files.readString(log)).isTrue();
            assertThat(child.exitValue()).isNotZero();
            assertThat(Files.readString(log)).contains("The JVM is shutting down: stopping the ");
        }
    }

    @Test
    void sigtermDuringAMigrateOnlyRunLetsTheRevisionInFlightCommitAndStartsNoOther(@TempDir Path dir) throws Exception {
        Path log = dir.resolve("child.log");
        List<String> args = List.of(with(dataSourceArgs(), "--spring.profiles.active=migrate", "--server.port=0",
                "--migrations.locations=classpath:db/slow-steps"));
        Process child = ChildApplication.start(Map.of(), args, log);
        boolean ended = ChildApplication.terminateWhen(child, () -> db.versions().contains("q2"));
        String output = Files.readString(log);
        assertThat(ended).as("ended after SIGTERM:\n" + output).isTrue();
        assertThat(child.exitValue()).as(output).isNotZero();
        assertThat(output).contains("The JVM is shutting down: stopping the upgrade to heads",
                "Stopped as asked (Ctrl-C or SIGTERM) before upgrade q");
        int reached = Integer.parseInt(db.versions().get(0).substring(1));
        assertThat(reached).as("stopped between q2 and q8:\n" + output).isBetween(2, 7);
        assertThat(db.strings("SELECT count(*) FROM pg_tables WHERE schemaname = 'public' AND tablename LIKE 'step%'"))
                .as("what ran matches the version row").containsExactly(Integer.toString(reached));

        ChildApplication.Result rerun = ChildApplication.run(Map.of(), args);
        assertThat(rerun.exitCode()).as(rerun.output()).isZero();
        assertThat(db.versions()).containsExactly("q8");
        assertThat(db.strings("SELECT count(*) FROM migrations_history WHERE success")).containsExactly("8");
    }

    @Test
    void aSilentServerIsGivenUpAfterMigrationsConnectTimeout() throws Exception {
        try (FakeServer silent = FakeServer.start(FakeServer.Behaviour.SILENT)) {
            ChildApplication.Result result = run(Map.of(), "--spring.profiles.active=migrate",
                    "--migrations.url=postgresql://app@" + silent.hostAndPort() + "/app", "--migrations.connect-timeout=2s");
            assertThat(result.exitCode()).as(result.output()).isEqualTo(1);
            assertThat(result.output()).contains("Cannot connect to " + silent.hostAndPort() + "/app: no answer after ");
        }
    }

    @Test
    void migrateOnlyPropertyWorksLikeTheProfile() throws Exception {
        ChildApplication.Result result = run(Map.of(), with(dataSourceArgs(), "--migrations.migrate-only=true"));
        assertThat(result.exitCode()).as(result.output()).isZero();
        assertThat(db.versions()).containsExactly("b2");
    }

    @Test
    void failingRevisionExitsOneNamingTheProblemWithoutAStackTraceOnClose() throws Exception {
        ChildApplication.Result result = run(Map.of(), with(dataSourceArgs(), "--spring.profiles.active=migrate",
                "--migrations.locations=classpath:db/failing"));
        assertThat(result.exitCode()).as(result.output()).isEqualTo(1);
        assertThat(result.output()).contains("Migrating " + db.jdbcUrl() + " failed").contains("no_such_table")
                .contains("Fix the revision named above")
                .doesNotContain(TestApplication.RUNNERS_RAN).doesNotContain("Unable to close ApplicationContext");
    }

    @Test
    void brokenRevisionFilesExitTwo() throws Exception {
        ChildApplication.Result result = run(Map.of(), with(dataSourceArgs(), "--spring.profiles.active=migrate",
                "--migrations.locations=classpath:db/broken"));
        assertThat(result.exitCode()).as(result.output()).isEqualTo(2);
        assertThat(result.output()).contains("x1_no_header.sql").contains("Fix the revision files")
                .doesNotContain("Unable to close ApplicationContext");
        assertThat(db.versions()).isEmpty();
    }

    @Test
    void brokenRevisionFilesExitTwoInAnOrdinaryStartToo() throws Exception {
        ChildApplication.Result result = run(Map.of(), with(dataSourceArgs(), "--migrations.locations=classpath:db/broken"));
        assertThat(result.exitCode()).as(result.output()).isEqualTo(2);
        assertThat(result.output()).doesNotContain("Unable to close ApplicationContext");
    }

    @Test
    void theMigrateOnlyProfileNameIsConfigurable() throws Exception {
        ChildApplication.Result result = run(Map.of("MIGRATIONS_MIGRATE_ONLY_PROFILE", "predeploy"),
                with(dataSourceArgs(), "--spring.profiles.active=predeploy"));
        assertThat(result.exitCode()).as(result.output()).isZero();
        assertThat(result.output()).contains("Migrate-only run: " + db.jdbcUrl() + ": Ran 2 steps")
                .doesNotContain(TestApplication.RUNNERS_RAN);
        assertThat(db.versions()).containsExactly("b2");
    }

    @Test
    void unreachableDatabaseExitsNonZero() throws Exception {
        ChildApplication.Result result = run(Map.of(), "--spring.profiles.active=migrate",
                "--spring.datasource.url=jdbc:postgresql://127.0.0.1:1/nowhere?password=s3cret",
                "--spring.datasource.username=app");
        assertThat(result.exitCode()).as(result.output()).isEqualTo(1);
        assertThat(result.output()).contains("Migrating jdbc:postgresql://127.0.0.1:1/nowhere?password=*** (unreachable) failed")
                .contains("Check that the database at the URL above is running and reachable")
                .doesNotContain("s3cret").doesNotContain("Unable to close ApplicationContext");
    }

    @Test
    void databaseUrlVariableConfiguresTheDataSource() throws Exception {
        String databaseUrl = "postgresql://" + db.user() + "@" + db.jdbcUrl().substring("jdbc:postgresql://".length());
        ChildApplication.Result result = run(Map.of("DATABASE_URL", databaseUrl), "--spring.profiles.active=migrate");
        assertThat(result.exitCode()).as(result.output()).isZero();
        assertThat(db.versions()).containsExactly("b2");
    }

    @Test
    void readyModeFailureStopsTheApplicationWithNonZeroExit() throws Exception {
        ChildApplication.Result result = run(Map.of(), with(dataSourceArgs(), "--migrations.mode=ready",
                "--migrations.locations=classpath:db/failing"));
        assertThat(result.exitCode()).as(result.output()).isEqualTo(1);
        assertThat(result.output()).contains("no_such_table");
    }
}
