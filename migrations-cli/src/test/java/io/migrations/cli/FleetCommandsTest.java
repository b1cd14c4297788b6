package io.migrations.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.migrations.internal.fleet.FleetVersions;
import io.migrations.testdb.FreshDatabase;
import io.migrations.testdb.PgBouncer;
import io.migrations.testdb.TestDatabase;
import io.migrations.testdb.TestServers;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Fleet runs over the schemas of one database: every revision records itself in its schema's {@code applied}
 * table, so the tests see what ran where, not only the version rows. Each test uses schemas of its own prefix.
 */
class FleetCommandsTest {

    @RegisterExtension
    static final FreshDatabase DB = new FreshDatabase();

    private static final int REVISIONS = 10;

    private final TestDatabase db = DB.get();

    @TempDir
    Path dir;

    private InProcessCli cli;

    @BeforeEach
    void setUp() {
        for (int i = 1; i <= REVISIONS; i++) {
            String id = "r" + String.format("%02d", i);
            String create = i == 1 ? "CREATE TABLE applied (rev text NOT NULL);\n" : "";
            TestRevision.of(id, i == 1 ? new String[0] : new String[] {"r" + String.format("%02d", i - 1)})
                    .message("step " + i)
                    .statements(create + "CREATE TABLE t" + i + " (id int);\nINSERT INTO applied VALUES ('" + id + "')",
                            "DROP TABLE t" + i + (i == 1 ? ";\nDROP TABLE applied" : ";\nDELETE FROM applied WHERE rev = '"
                                    + id + "'"))
                    .writeSql(dir);
        }
        cli = InProcessCli.of(db, dir);
    }

    @Test
    void twoHundredSchemasInParallelEachGetEveryRevisionOnce() throws Exception {
        List<String> schemas = createSchemas("big", 200);
        Path report = dir.resolve("report.json");

        InProcessCli.Logged logged = cli.runLogged("upgrade", "--schemas-query",
                "SELECT nspname FROM pg_namespace WHERE nspname LIKE 'big\\_%' ORDER BY 1", "--parallel", "4",
                "--report", report.toString());
        CliRun run = logged.run();

        assertThat(run.exitCode()).as(run.all()).isZero();
        assertThat(run.out()).contains("200 at target").containsPattern("at target +r10 +200");
        // Four targets log at once: each line says which one it is about.
        assertThat(logged.logs()).contains(
                "[io.migrations.internal.engine.Executor] big_000: Running upgrade  -> r01, ",
                "[io.migrations.internal.engine.Executor] big_199: Running upgrade r09 -> r10, ",
                "[io.migrations.Migrations] big_107: Ran 10 steps in ");
        assertThat(logged.logs().lines().filter(line -> line.contains("Running upgrade")))
                .hasSize(2000).allMatch(line -> line.matches("INFO  \\[[\\w.]+\\] big_\\d{3}: Running upgrade .*"));
        assertEveryRevisionOnce(schemas);
        String json = Files.readString(report);
        assertThat(json).startsWith("{\"targets\":[{\"target\":\"big_000\"").endsWith("]}\n");
        assertThat(json.split("\\{\"target\":", -1)).hasSize(201);
        assertThat(json.split("\"steps\":10,", -1)).hasSize(201);
        assertThat(json).contains("\"after\":[\"r10\"]", "\"error\":null").doesNotContain("\"result\":\"failed\"");

        CliRun current = cli.run("current", "--schemas", String.join(",", schemas));
        assertThat(current.exitCode()).as(current.all()).isZero();
        assertThat(current.out()).contains("big_000: r10\n", "big_199: r10\n", "200 read")
                .containsPattern("read +r10 +200").doesNotContain("at target");
        assertThat(cli.run("check", "--schemas", String.join(",", schemas)).exitCode()).isZero();

        CliRun again = cli.run("upgrade", "--schemas", String.join(",", schemas), "--parallel", "4", "--report",
                report.toString());
        assertThat(again.exitCode()).as(again.all()).isZero();
        assertThat(Files.readString(report).split("\"steps\":0,", -1)).hasSize(201);
        assertEveryRevisionOnce(schemas);
    }

    @Test
    void racingFleetRunsApplyEachRevisionOnce() throws Exception {
        List<String> schemas = createSchemas("race", 20);
        String list = String.join(",", schemas);

        CompletableFuture<CliRun> first = CompletableFuture.supplyAsync(
                () -> cli.run("upgrade", "--schemas", list, "--parallel", "3"));
        CompletableFuture<CliRun> second = CompletableFuture.supplyAsync(
                () -> cli.run("upgrade", "--schemas", list, "--parallel", "3"));

        assertThat(first.get().exitCode()).as(first.get().all()).isZero();
        assertThat(second.get().exitCode()).as(second.get().all()).isZero();
        assertEveryRevisionOnce(schemas);
    }

    @Test
    void aFailingTenantStopsTheFleetAndIsNamed() throws Exception {
        List<String> schemas = createSchemas("stop", 5);
        db.execute("CREATE TABLE stop_2.t3 (id int)"); // revision r03 of stop_2 fails on it
        Path report = dir.resolve("stop.json");

        InProcessCli.Logged logged = cli.runLogged("upgrade", "--schemas", String.join(",", schemas), "--report",
                report.toString());
        CliRun run = logged.run();

        assertThat(run.exitCode()).isEqualTo(ExitCode.FAILURE);
        assertThat(run.out()).contains("FAILED stop_2 (at r02)", "t3", "1 target failed (--max-failures 1)",
                "2 not started");
        assertThat(logged.logs()).contains("] stop_2: Running upgrade r01 -> r02, ",
                "ERROR [io.migrations.internal.fleet.Fleet] Target stop_2 failed: ");
        assertThat(Files.readString(report)).as("the failed target's entry: where it started, what it committed")
                .contains("{\"target\":\"stop_2\",\"result\":\"failed\",\"before\":[],\"after\":[\"r02\"],\"steps\":2,");
        assertThat(versions("stop_0")).containsExactly("r10");
        assertThat(versions("stop_1")).containsExactly("r10");
        assertThat(versions("stop_2")).containsExactly("r02");
        assertThat(applied("stop_2")).containsExactly("r01", "r02");
        assertThat(hasVersionTable("stop_3")).isFalse();
        assertThat(hasVersionTable("stop_4")).isFalse();

        CliRun check = cli.run("check", "--schemas", String.join(",", schemas));
        assertThat(check.exitCode()).isEqualTo(ExitCode.FAILURE);
        assertThat(check.out()).contains("stop_2: Pending: 8 revision(s), r03 to r10.",
                "stop_2: Database is at r02; revision heads are r10.", "stop_3: Database is at base;")
                .containsPattern("fails check +r02 +1").containsPattern("at target +r10 +2")
                .doesNotContain("stop_0:").doesNotContain(" read ");
    }

    @Test
    void withOneTransactionPerRunAFailingTenantStaysWhereItWasAndTheOthersReachHead() throws Exception {
        List<String> schemas = createSchemas("atomic", 3);
        db.execute("CREATE TABLE atomic_1.t3 (id int)"); // revision r03 of atomic_1 fails on it

        CliRun run = cli.run("upgrade", "--schemas", String.join(",", schemas), "--max-failures", "all",
                "--transaction-per", "run");

        assertThat(run.exitCode()).isEqualTo(ExitCode.FAILURE);
        assertThat(run.out()).contains("FAILED atomic_1 (at base)", "The whole run was rolled back");
        assertEveryRevisionOnce(List.of("atomic_0", "atomic_2"));
        assertThat(versions("atomic_1")).isEmpty();
        assertThat(db.strings("SELECT count(*) FROM pg_tables WHERE schemaname = 'atomic_1' AND tablename <> "
                + "'migrations_history' AND tablename <> 'alembic_version'")).containsExactly("1");
    }

    @Test
    void aFailingCanaryStopsTheRollout() throws Exception {
        List<String> schemas = createSchemas("canary", 6);
        db.execute("CREATE TABLE canary_1.t5 (id int)");

        CliRun run = cli.run("upgrade", "--schemas", String.join(",", schemas), "--canary", "3", "--max-failures", "all",
                "--parallel", "2");

        assertThat(run.exitCode()).isEqualTo(ExitCode.FAILURE);
        assertThat(run.out()).contains("a canary failed (--canary 3)", "FAILED canary_1 (at r04)", "3 not started");
        assertThat(versions("canary_0")).containsExactly("r10");
        assertThat(versions("canary_2")).containsExactly("r10");
        for (String untouched : schemas.subList(3, 6)) {
            assertThat(hasVersionTable(untouched)).as(untouched).isFalse();
        }

        db.execute("DROP TABLE canary_1.t5");
        CliRun rest = cli.run("upgrade", "--schemas", String.join(",", schemas), "--canary", "3");
        assertThat(rest.exitCode()).as(rest.all()).isZero();
        assertEveryRevisionOnce(schemas);
    }

    @Test
    void maxFailuresAllKeepsGoingAndDowngradeRunsPerSchema() throws Exception {
        List<String> schemas = createSchemas("all", 4);
        db.execute("CREATE TABLE all_0.t2 (id int)");

        CliRun run = cli.run("upgrade", "--schemas", String.join(",", schemas), "--max-failures", "all");

        assertThat(run.exitCode()).isEqualTo(ExitCode.FAILURE);
        assertThat(run.out()).contains("FAILED all_0 (at r01)").containsPattern("at target +r10 +3");
        CliRun down = cli.run("downgrade", "r05", "--schemas", "all_1,all_2");
        assertThat(down.exitCode()).as(down.all()).isZero();
        assertThat(applied("all_1")).containsExactly("r01", "r02", "r03", "r04", "r05");
        assertThat(versions("all_3")).containsExactly("r10");
    }

    @Test
    void schemaNamesWithHyphensCapitalsAndOtherAlphabetsAreTargetsLikeAnyOther() throws Exception {
        List<String> schemas = List.of("acme-eu", "Acme", "acme", "ünï_1", "9lives");
        db.execute(String.join(";", schemas.stream().map(s -> "CREATE SCHEMA \"" + s + "\"").toList()));
        String list = String.join(",", schemas);

        CliRun run = cli.run("upgrade", "--schemas", list, "--parallel", "2");

        assertThat(run.exitCode()).as(run.all()).isZero();
        for (String schema : schemas) {
            assertThat(db.strings("SELECT rev FROM \"" + schema + "\".applied ORDER BY 1")).as(schema)
                    .hasSize(REVISIONS).startsWith("r01").endsWith("r10");
            assertThat(db.strings("SELECT count(*) FROM pg_tables WHERE schemaname = '" + schema
                    + "' AND tablename ~ '^t[0-9]+$'")).as(schema).containsExactly(String.valueOf(REVISIONS));
        }
        assertThat(cli.run("current", "--schemas", list).out()).contains("acme-eu: r10\n", "Acme: r10\n",
                "acme: r10\n", "ünï_1: r10\n", "9lives: r10\n");
        assertThat(cli.run("check", "--schemas", list).exitCode()).isZero();
        CliRun missing = cli.run("current", "--schemas", "acme-us");
        assertThat(missing.exitCode()).isEqualTo(ExitCode.FAILURE);
        assertThat(missing.all()).contains("Create it (CREATE SCHEMA \"acme-us\")");

        CliRun down = cli.run("downgrade", "-1", "--schemas", "Acme");
        assertThat(down.exitCode()).as(down.all()).isZero();
        assertThat(db.strings("SELECT version_num FROM \"Acme\".alembic_version")).containsExactly("r09");
        assertThat(db.strings("SELECT version_num FROM acme.alembic_version")).containsExactly("r10");
        assertThat(cli.run("log", "--schemas", "Acme").out()).containsPattern("== Acme\n.*\n.* r10 +downgrade .* success\n");
        CliRun history = cli.run("history", "--schemas", "Acme,acme");
        assertThat(history.exitCode()).as(history.all()).isZero();
        assertThat(history.out()).as("each target's history table, as log prints it")
                .isEqualTo(cli.run("log", "--schemas", "Acme,acme").out())
                .containsPattern("== Acme\n.*\n.* r10 +downgrade .* success\n").contains("== acme\n");
    }

    @Test
    void badTargetsAreUsageErrorsAndRunNothing() throws Exception {
        createSchemas("bad", 2);

        CliRun none = cli.run("upgrade", "--schemas-query", "SELECT nspname FROM pg_namespace WHERE false");
        assertThat(none.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(none.err()).contains("--schemas-query returned no schema");

        CliRun injected = cli.run("upgrade", "--schemas", "bad_0,bad_1\"; DROP TABLE applied; --");
        assertThat(injected.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(injected.err()).contains("Schema name 'bad_1\"; DROP TABLE applied; --' is refused");

        for (String revisionFilesOption : List.of("-r=base:head", "-v", "-i")) {
            CliRun history = cli.run("history", "--schemas", "bad_0", revisionFilesOption);
            assertThat(history.exitCode()).isEqualTo(ExitCode.USAGE);
            assertThat(history.err()).contains("Over a fleet 'history' prints each target's history table, and -r, -v "
                    + "and -i");
        }
        CliRun heads = cli.run("heads", "--schemas-query=SELECT 'bad_0'");
        assertThat(heads.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(heads.err()).contains("'heads' does not run over a fleet; upgrade, downgrade, stamp, current, check, "
                + "history, log and lint do.").doesNotContain("SELECT");

        CliRun system = cli.run("upgrade", "--schemas", "bad_0,pg_catalog");
        assertThat(system.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(system.err()).contains("Schema name 'pg_catalog' is refused: it is one of the database's own schemas");
        String tooLong = "ü".repeat(32);
        CliRun cut = cli.run("upgrade", "--schemas", tooLong);
        assertThat(cut.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(cut.err()).contains("Schema name '" + tooLong + "' is refused", "at most 63 bytes");

        CliRun nullName = cli.run("upgrade", "--schemas-query", "SELECT 'bad_0' UNION ALL SELECT NULL");
        assertThat(nullName.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(nullName.err()).contains("A schema name is NULL; it came from --schemas-query. No target was run.");

        db.execute("CREATE TABLE bad_registry (schema_name text); INSERT INTO bad_registry VALUES ('bad_0')");
        CliRun deleting = cli.run("upgrade", "--schemas-query", "DELETE FROM bad_registry RETURNING schema_name");
        assertThat(deleting.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(deleting.err()).contains("read-only transaction");
        assertThat(db.strings("SELECT schema_name FROM bad_registry")).containsExactly("bad_0");

        CliRun queried = cli.run("upgrade", "--schemas-query", "SELECT 'x; DROP SCHEMA bad_0 CASCADE'");
        assertThat(queried.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(queried.err()).contains("Schema name 'x; DROP SCHEMA bad_0 CASCADE' is refused");

        assertThat(cli.run("upgrade", "--schemas", "bad_0", "--sql").exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(cli.run("upgrade", "--schemas", "bad_0", "--max-failures", "none").exitCode())
                .isEqualTo(ExitCode.USAGE);
        CliRun unwritable = cli.run("upgrade", "--schemas", "bad_0", "--report",
                dir.resolve("missing-folder").resolve("report.json").toString());
        assertThat(unwritable.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(unwritable.err()).contains("cannot be written: its folder does not exist. No target was run.");
        List<String> versions = Databases.versions(db);
        CliRun noTargets = cli.run("upgrade", "--parallel", "4");
        assertThat(noTargets.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(noTargets.err()).contains("apply to a fleet; name its targets with --schemas");
        assertThat(Databases.versions(db)).isEqualTo(versions);
        assertThat(hasVersionTable("bad_0")).isFalse();
        assertThat(hasVersionTable("bad_1")).isFalse();
    }

    @Test
    void targetsFileNamesDatabasesWithCommentsAndBlankLines() throws Exception {
        Path targets = Files.writeString(dir.resolve("targets.txt"), "# the fleet\n\n" + db.jdbcUrl() + "\n  \n");

        CliRun run = cli.run("upgrade", "--targets", targets.toString());

        assertThat(run.exitCode()).as(run.all()).isZero();
        assertThat(Databases.versions(db)).containsExactly("r10");
        CliRun current = cli.run("current", "--targets", targets.toString());
        assertThat(current.out()).contains(": r10\n");
        assertThat(cli.run("check", "--targets", targets.toString()).exitCode()).isZero();
    }

    @Test
    void aTargetsLineThatIsNoUrlIsBadInputNamedByItsLineAndShowsNoPassword() throws Exception {
        Path targets = Files.writeString(dir.resolve("bad-targets.txt"),
                "# the fleet\n" + db.jdbcUrl() + "\n\nhost-only s3cret-in-garbage\n");
        List<String> versions = Databases.versions(db);

        CliRun run = cli.run("upgrade", "--targets", targets.toString());

        assertThat(run.exitCode()).as(run.all()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).contains("Line 4 of the --targets file " + targets.toAbsolutePath())
                .contains("No target was run").doesNotContain("s3cret-in-garbage");
        assertThat(Databases.versions(db)).isEqualTo(versions);
    }

    @Test
    void aParallelAboveTheConnectionsTheUserMayOpenRunsFewerAtOnceInsteadOfFailing() throws Exception {
        List<String> schemas = createSchemas("lim", 4);
        String role = "fleet_limited_" + Integer.toUnsignedString(db.name().hashCode());
        String password = "pw-" + role;
        db.execute("CREATE ROLE " + role + " LOGIN PASSWORD '" + password + "' CONNECTION LIMIT 7; "
                + String.join("; ", schemas.stream().map(s -> "GRANT ALL ON SCHEMA " + s + " TO " + role).toList()));
        try {
            // Four targets at once would hold at least eight connections, one more than the role may open.
            CliRun run = cli.with("MIGRATIONS_USER", role).with("MIGRATIONS_PASSWORD", password)
                    .run("upgrade", "--schemas", String.join(",", schemas), "--parallel", "8");

            assertThat(run.exitCode()).as(run.all()).isZero();
            assertThat(run.err()).contains("--parallel 8 could take up to 24 connections, but the database accepts 6 "
                    + "more now; running 2 at once.");
            assertEveryRevisionOnce(schemas);
        } finally {
            db.execute("REASSIGN OWNED BY " + role + " TO CURRENT_USER; DROP OWNED BY " + role + "; DROP ROLE " + role);
        }
    }

    /** Each schema's build is invalid until it commits, which must not fail the schemas migrated beside it. */
    @Test
    void concurrentIndexBuildsOfSchemasSideBySideAreNotEachOthersLeftovers() throws Exception {
        Path revisions = Files.createDirectory(dir.resolve("concurrent-index"));
        Files.writeString(revisions.resolve("c1_logs.sql"), "-- revision: c1\n-- down_revision:\n-- message: logs\n\n"
                + "-- upgrade\nCREATE TABLE logs (id int, workspace int);\n"
                + "INSERT INTO logs SELECT g, g % 50 FROM generate_series(1, 5000) g;\n\n-- downgrade\nDROP TABLE logs;\n");
        Files.writeString(revisions.resolve("c2_index.sql"), "-- revision: c2\n-- down_revision: c1\n-- message: index\n"
                + "-- transactional: false\n\n-- upgrade\nCREATE INDEX CONCURRENTLY ix_logs_workspace ON logs (workspace);\n\n"
                + "-- downgrade\nDROP INDEX CONCURRENTLY ix_logs_workspace;\n");
        List<String> schemas = createSchemas("cic", 24);

        CliRun run = InProcessCli.of(db, revisions).run("upgrade", "--schemas", String.join(",", schemas),
                "--parallel", "6", "--max-failures", "all");

        assertThat(run.exitCode()).as(run.all()).isZero();
        assertThat(db.strings("SELECT count(*) FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid "
                + "WHERE c.relname = 'ix_logs_workspace' AND i.indisvalid")).containsExactly("24");
    }

    /**
     * Each schema target's search_path is a session setting, which a pooler in transaction mode hands to the next
     * transaction: without the check, lock mode 'transaction' ran schemas' revisions in each other's schemas.
     */
    @Test
    void schemaTargetsThroughATransactionPoolerAreRefusedInEveryLockMode() throws Exception {
        List<String> schemas = createSchemas("pooled", 4);
        try (PgBouncer pooler = PgBouncer.start(TestServers.find(), PgBouncer.PoolMode.TRANSACTION,
                Path.of("target", "pgbouncer"))) {
            InProcessCli through = cli.with(EnvironmentDefaults.DATABASE_URL, pooler.jdbcUrl(db.name()));
            for (String lockMode : List.of("session", "transaction")) {
                CliRun run = through.run("--lock-mode", lockMode, "upgrade", "--schemas", String.join(",", schemas),
                        "--parallel", "2");

                assertThat(run.exitCode()).as(run.all()).isEqualTo(ExitCode.USAGE);
                assertThat(run.err()).contains("goes through a pooler in transaction mode")
                        .contains("the search_path that the schema targets (--schemas, --schemas-query) set")
                        .contains("Nothing was run");
            }
        }
        for (String schema : schemas) {
            assertThat(hasVersionTable(schema)).isFalse();
        }
    }

    /** A tenant dropped while its name stays in the registry fails every command alike, not only the upgrade. */
    @Test
    void aSchemaThatDoesNotExistFailsReadsAsItFailsRuns() throws Exception {
        List<String> schemas = createSchemas("gone", 2);
        assertThat(cli.run("upgrade", "--schemas", String.join(",", schemas)).exitCode()).isZero();
        db.execute("DROP SCHEMA gone_1 CASCADE");
        for (String command : List.of("current", "check", "lint", "upgrade", "log")) {
            CliRun run = cli.run(command, "--schemas", "gone_0,gone_1");

            assertThat(run.exitCode()).as(command + "\n" + run.all()).isEqualTo(ExitCode.FAILURE);
            assertThat(run.all()).as(command).contains("FAILED gone_1").contains("The schema 'gone_1'")
                    .contains("does not exist. Create it (CREATE SCHEMA gone_1) or take it out of the fleet's targets.");
        }
        for (List<String> change : List.of(List.of("downgrade", "-1"), List.of("stamp", "r10"))) {
            List<String> args = new ArrayList<>(change);
            args.addAll(List.of("--schemas", "gone_0,gone_1", "--max-failures", "all"));
            CliRun run = cli.run(args.toArray(String[]::new));

            assertThat(run.exitCode()).as(run.all()).isEqualTo(ExitCode.FAILURE);
            assertThat(run.out()).as(change.get(0)).contains("FAILED gone_1 (at ?): The schema 'gone_1' does not "
                    + "exist. Create it (CREATE SCHEMA gone_1) or take it out of the fleet's targets.");
        }
        assertThat(cli.run("current", "--schemas", "gone_0").out()).contains("gone_0: r10");
    }

    @Test
    void anUpgradeRunsOnlyTheTargetsThatAreNotCleanAtItsTarget() throws Exception {
        List<String> schemas = createSchemas("rerun", 3);
        assertThat(cli.run("upgrade", "--schemas", "rerun_0,rerun_1").exitCode()).isZero();
        assertThat(cli.run("upgrade", "r05", "--schemas", "rerun_2").exitCode()).isZero();

        CliRun rerun = cli.run("upgrade", "--schemas", String.join(",", schemas));

        assertThat(rerun.exitCode()).as(rerun.all()).isZero();
        assertThat(rerun.out()).containsPattern("at target +r10 +3");
        assertEveryRevisionOnce(schemas);

        Path r03 = dir.resolve("r03_step_3.sql");
        Files.writeString(r03, Files.readString(r03).replace("CREATE TABLE t3 (id int)", "CREATE TABLE t3 (id bigint)"));
        CliRun edited = cli.run("upgrade", "--schemas", String.join(",", schemas), "--max-failures", "all");
        assertThat(edited.exitCode()).as(edited.all()).isEqualTo(ExitCode.FAILURE);
        for (String schema : schemas) {
            assertThat(edited.out()).contains("FAILED " + schema + " (at r10)");
        }
        assertThat(edited.out()).contains("r03");
        CliRun accepted = cli.run("upgrade", "--schemas", String.join(",", schemas), "--on-checksum-mismatch", "warn");
        assertThat(accepted.exitCode()).as(accepted.all()).isZero();
        assertThat(accepted.out()).containsPattern("at target +r10 +3");
    }

    @Test
    void checkOverAFleetFindsEditedRevisionsAsSingleDatabaseCheckDoes() throws Exception {
        List<String> schemas = createSchemas("edit", 3);
        assertThat(cli.run("upgrade", "--schemas", String.join(",", schemas)).exitCode()).isZero();
        Path r03 = dir.resolve("r03_step_3.sql");
        Files.writeString(r03, Files.readString(r03).replace("CREATE TABLE t3 (id int)", "CREATE TABLE t3 (id bigint)"));

        CliRun check = cli.run("check", "--schemas", String.join(",", schemas));
        CliRun single = cli.run("check", "--schema", "edit_1");

        assertThat(check.exitCode()).as(check.all()).isEqualTo(ExitCode.FAILURE);
        assertThat(single.exitCode()).as(single.all()).isEqualTo(ExitCode.FAILURE);
        for (String schema : schemas) {
            assertThat(check.out()).contains(schema + ": Edited since applied: r03 (");
        }
        assertThat(single.out()).contains("Edited since applied: r03 (");
        assertThat(check.out()).containsPattern("fails check +r10 +3");
        CliRun accepted = cli.run("check", "--schemas", String.join(",", schemas), "--on-checksum-mismatch", "warn");
        assertThat(accepted.exitCode()).as(accepted.all()).isZero();
        assertThat(accepted.out()).contains("edit_0: Edited since applied: r03 (",
                "Accepted: --on-checksum-mismatch is warn.");
    }

    @Test
    void checkOverAFleetReportsTheLastFailedRun() throws Exception {
        List<String> schemas = createSchemas("last", 2);
        db.execute("CREATE TABLE last_1.t4 (id int)");
        cli.run("upgrade", "--schemas", String.join(",", schemas), "--max-failures", "all");

        CliRun check = cli.run("check", "--schemas", String.join(",", schemas));

        assertThat(check.exitCode()).isEqualTo(ExitCode.FAILURE);
        assertThat(check.out()).contains("last_1: Last run failed: upgrade r04 at ", "t4").doesNotContain("last_0:");
    }

    @Test
    void logAndLintRunOverAFleet() throws Exception {
        List<String> schemas = createSchemas("lg", 3);
        assertThat(cli.run("upgrade", "r02", "--schemas", "lg_0,lg_1").exitCode()).isZero();
        assertThat(cli.run("upgrade", "--schemas", "lg_2").exitCode()).isZero();

        CliRun log = cli.run("log", "--schemas", String.join(",", schemas), "-n", "1");
        assertThat(log.exitCode()).as(log.all()).isZero();
        assertThat(log.out()).containsSubsequence("== lg_0", "r02", "== lg_1", "r02", "== lg_2", "r10")
                .doesNotContain("r01");
        assertThat(log.err()).containsPattern("read +r02 +2").containsPattern("read +r10 +1");
        CliRun json = cli.run("log", "--schemas", "lg_0,lg_2", "--format", "json");
        assertThat(json.out().lines().toList()).hasSize(2);
        assertThat(json.out()).contains("{\"target\":\"lg_0\",\"rows\":[{", "{\"target\":\"lg_2\",\"rows\":[{");

        Files.writeString(dir.resolve("r11_risky.sql"), String.join("\n", "-- revision: r11", "-- down_revision: r10",
                "-- message: risky", "", "-- upgrade", "ALTER TABLE t1 ADD COLUMN c int NOT NULL;", "",
                "-- downgrade", "ALTER TABLE t1 DROP COLUMN c;", ""));
        CliRun lint = cli.run("lint", "--schemas", String.join(",", schemas));
        assertThat(lint.out()).contains("Pending on 2 targets (lg_0, lg_1): r03, r04, r05, r06, r07, r08, r09, r10, r11",
                "Pending on 1 target (lg_2): r11", "r11");
        CliRun lintJson = cli.run("lint", "--schemas", String.join(",", schemas), "--format", "json",
                "--fail-on", "never");
        assertThat(lintJson.exitCode()).as(lintJson.all()).isZero();
        assertThat(lintJson.out()).startsWith("{\"groups\":[{\"targets\":[\"lg_0\",\"lg_1\"],\"pending\":[\"r03\"")
                .contains("{\"targets\":[\"lg_2\"],\"pending\":[\"r11\"],\"report\":{");
        assertThat(cli.run("lint", "r11", "--schemas", "lg_0").exitCode()).isEqualTo(ExitCode.USAGE);
    }

    @Test
    void fleetStateIsReadInThreeRoundTripsHoweverManySchemas() throws Exception {
        List<String> few = createSchemas("few", 3);
        List<String> many = createSchemas("many", 60);
        assertThat(cli.run("upgrade", "r04", "--schemas", String.join(",", few)).exitCode()).isZero();
        assertThat(cli.run("upgrade", "--schemas", String.join(",", many), "--parallel", "2").exitCode()).isZero();

        int queriesForFew = queries(few, "r04");
        int queriesForMany = queries(many, "r10");

        assertThat(queriesForFew).isEqualTo(3);
        assertThat(queriesForMany).isEqualTo(queriesForFew);
    }

    /** Statements FleetVersions runs to read the schemas, which must all be found at {@code at} with 1 row each. */
    private int queries(List<String> schemas, String at) throws SQLException {
        try (java.sql.Connection real = db.connect()) {
            CountingConnection counting = new CountingConnection(real);
            var states = FleetVersions.read(counting.connection(), schemas, "alembic_version", "migrations_history");
            assertThat(states.keySet()).containsExactlyElementsOf(schemas);
            states.values().forEach(state -> {
                assertThat(state.current()).containsExactly(at);
                assertThat(state.appliedChecksums()).containsKey(at);
                assertThat(state.lastFailure()).isEmpty();
            });
            return counting.executed();
        }
    }

    private List<String> createSchemas(String prefix, int count) throws SQLException {
        List<String> schemas = IntStream.range(0, count)
                .mapToObj(i -> prefix + "_" + (count > 10 ? String.format("%03d", i) : String.valueOf(i))).toList();
        db.execute(String.join(";", schemas.stream().map(s -> "CREATE SCHEMA " + s).toList()));
        return schemas;
    }

    /** Every schema at r10, each revision recorded exactly once, and every table of the revisions there. */
    private void assertEveryRevisionOnce(List<String> schemas) throws SQLException {
        List<String> expected = IntStream.rangeClosed(1, REVISIONS).mapToObj(i -> String.format("r%02d", i)).toList();
        List<String> union = new ArrayList<>();
        for (String schema : schemas) {
            union.add("SELECT '" + schema + "' AS s, string_agg(rev, ',' ORDER BY rev) AS revs, count(*) AS n, "
                    + "(SELECT count(*) FROM pg_tables WHERE schemaname = '" + schema + "' AND tablename ~ '^t[0-9]+$') "
                    + "AS tables, (SELECT string_agg(version_num, ',') FROM " + schema + ".alembic_version) AS v FROM "
                    + schema + ".applied");
        }
        List<String> rows = db.strings("SELECT s || ' ' || revs || ' ' || n || ' ' || tables || ' ' || v FROM ("
                + String.join(" UNION ALL ", union) + ") x ORDER BY s");
        assertThat(rows).containsExactlyElementsOf(schemas.stream()
                .map(s -> s + " " + String.join(",", expected) + " " + REVISIONS + " " + REVISIONS + " r10").toList());
    }

    private List<String> versions(String schema) throws SQLException {
        return db.strings("SELECT version_num FROM " + schema + ".alembic_version ORDER BY 1");
    }

    private List<String> applied(String schema) throws SQLException {
        return db.strings("SELECT rev FROM " + schema + ".applied ORDER BY 1");
    }

    private boolean hasVersionTable(String schema) throws SQLException {
        return !db.strings("SELECT 1 FROM pg_tables WHERE schemaname = '" + schema + "' AND tablename = 'alembic_version'")
                .isEmpty();
    }
}
