package io.migrations.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.migrations.internal.platform.AdvisoryLock;
import io.migrations.internal.platform.MigrationLock;
import io.migrations.internal.platform.TableName;
import io.migrations.testdb.FreshDatabase;
import io.migrations.testdb.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** The commands that read or change the database, and the global options that shape them. */
class DatabaseCommandsTest {

    @RegisterExtension
    static final FreshDatabase DB = new FreshDatabase();

    private final TestDatabase db = DB.get();

    @TempDir
    Path dir;

    private InProcessCli cli;

    @BeforeEach
    void setUp() {
        TestRevision.of("aaa111").message("init").writeSql(dir);
        TestRevision.of("bbb222", "aaa111").message("Add users table").writeSql(dir);
        TestRevision.of("ccc333", "bbb222").message("Add email").writeSql(dir);
        cli = InProcessCli.of(db, dir);
    }

    @Test
    void currentShowsTheDatabaseRevisionAndVerboseMasksThePassword() {
        assertThat(cli.run("upgrade", "bbb222").exitCode()).isZero();
        assertThat(cli.run("current").out()).isEqualTo("bbb222\n");

        String password = db.password().isEmpty() ? "not-checked-by-trust-auth" : db.password();
        String url = "postgresql://" + db.user() + ":" + password + "@" + db.jdbcUrl().substring("jdbc:postgresql://".length());
        CliRun verbose = new InProcessCli(Map.of("MIGRATIONS_DIR", dir.toString())).run("--url", url, "current", "-v");
        assertThat(verbose.exitCode()).as(verbose.err()).isZero();
        assertThat(verbose.out()).startsWith("Current revision(s) for postgresql://" + db.user() + ":***@")
                .contains("Rev: bbb222\nParent: aaa111\n").doesNotContain(password);
    }

    @Test
    void historyMarksAndRangesOnTheCurrentRevision() {
        cli.run("upgrade", "bbb222");
        assertThat(cli.run("history", "-i").out()).isEqualTo("""
                bbb222 -> ccc333 (head), Add email
                aaa111 -> bbb222 (current), Add users table
                <base> -> aaa111, init
                """);
        assertThat(cli.run("history", "-r", "current:").out()).isEqualTo("""
                bbb222 -> ccc333 (head), Add email
                aaa111 -> bbb222, Add users table
                """);
        assertThat(cli.run("history", "-r", ":current").out()).endsWith("<base> -> aaa111, init\n")
                .doesNotContain("ccc333");
        assertThat(cli.run("show", "current").out()).startsWith("Rev: bbb222\n");
    }

    @Test
    void checkPassesOnlyWhenTheDatabaseIsAtTheHeadsAndUnchanged() throws Exception {
        CliRun pending = cli.run("check");
        assertThat(pending.exitCode()).isEqualTo(ExitCode.FAILURE);
        assertThat(pending.out()).contains("Pending: aaa111, init", "Pending: ccc333, Add email",
                "Database is at base; revision heads are ccc333.");

        cli.run("upgrade", "head");
        CliRun clean = cli.run("check");
        assertThat(clean.exitCode()).isZero();
        assertThat(clean.out()).isEqualTo("Database is up to date at ccc333.\n");

        Path edited = dir.resolve(TestRevision.of("bbb222", "aaa111").message("Add users table").baseName() + ".sql");
        Files.writeString(edited, Files.readString(edited).replace("(id int)", "(id bigint)"));
        CliRun changed = cli.run("check");
        assertThat(changed.exitCode()).isEqualTo(ExitCode.FAILURE);
        assertThat(changed.out()).contains("Edited since applied: bbb222 (" + edited);

        db.execute("UPDATE alembic_version SET version_num = 'fff999'");
        CliRun unknown = cli.run("check");
        assertThat(unknown.exitCode()).isEqualTo(ExitCode.FAILURE);
        assertThat(unknown.out()).contains("Unknown revision in the database: fff999");
    }

    @Test
    void checkJudgesAgainstTheTargetGiven() {
        cli.run("upgrade", "bbb222");
        CliRun atTarget = cli.run("check", "bbb222");
        assertThat(atTarget.exitCode()).as(atTarget.all()).isZero();
        assertThat(atTarget.out()).isEqualTo("Database is up to date at bbb222.\n");

        CliRun belowHeads = cli.run("check");
        assertThat(belowHeads.exitCode()).isEqualTo(ExitCode.FAILURE);
        assertThat(belowHeads.out()).isEqualTo("""
                Pending: ccc333, Add email
                Database is at bbb222; revision heads are ccc333.
                """);

        cli.run("downgrade", "aaa111");
        assertThat(cli.run("check", "aaa111+1").out()).isEqualTo("""
                Pending: bbb222, Add users table
                Database is at aaa111; target aaa111+1 is bbb222.
                """);
    }

    @Test
    void upgradeWithOneTransactionPerRunRollsBackTheWholeRunOnAFailure() throws Exception {
        Path broken = dir.resolve(TestRevision.of("ccc333", "bbb222").message("Add email").baseName() + ".sql");
        Files.writeString(broken, Files.readString(broken).replace("CREATE TABLE IF NOT EXISTS t_ccc333 (id int)",
                "INSERT INTO no_such_table VALUES (1)"));

        CliRun run = cli.run("upgrade", "--transaction-per", "run");
        assertThat(run.exitCode()).isEqualTo(ExitCode.FAILURE);
        assertThat(run.err()).contains("Upgrade of revision ccc333", "no_such_table",
                        "The whole run was rolled back (2 earlier revision(s) in the same transaction: aaa111, bbb222); "
                                + "the database is still at base.")
                .doesNotContain("at io.migrations");
        assertThat(cli.run("current").out()).isEmpty();

        assertThat(cli.run("upgrade").exitCode()).isEqualTo(ExitCode.FAILURE);
        assertThat(cli.run("current").out()).isEqualTo("bbb222\n");
    }

    @Test
    void checkNamesAFailedLastRunAndPointsAtTheLog() throws Exception {
        cli.run("upgrade", "aaa111");
        Path broken = dir.resolve(TestRevision.of("bbb222", "aaa111").message("Add users table").baseName() + ".sql");
        Files.writeString(broken, Files.readString(broken).replace("CREATE TABLE IF NOT EXISTS t_bbb222 (id int)",
                "INSERT INTO no_such_table VALUES (1)"));
        assertThat(cli.run("upgrade", "bbb222").exitCode()).isEqualTo(ExitCode.FAILURE);

        CliRun check = cli.run("check", "aaa111");
        assertThat(check.exitCode()).isEqualTo(ExitCode.FAILURE);
        assertThat(check.out()).startsWith("Last run failed: upgrade bbb222 at ")
                .contains("no_such_table", "See 'migrations log'.")
                .doesNotContain("migrations_history");
    }

    @Test
    void anEditedRevisionCanBeAcceptedWithTheChecksumPolicyTheErrorNames() throws Exception {
        cli.run("upgrade", "bbb222");
        Path edited = dir.resolve(TestRevision.of("aaa111").message("init").baseName() + ".sql");
        Files.writeString(edited, Files.readString(edited).replace("(id int)", "(id bigint)"));

        CliRun refused = cli.run("upgrade", "heads");
        assertThat(refused.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(refused.err()).contains("changed since they ran: aaa111 (", "--on-checksum-mismatch warn");
        assertThat(Databases.versions(db)).containsExactly("bbb222");

        CliRun warned = cli.run("check", "bbb222", "--on-checksum-mismatch", "warn");
        assertThat(warned.exitCode()).as(warned.all()).isZero();
        assertThat(warned.out()).contains("Edited since applied: aaa111 (", "Accepted: --on-checksum-mismatch is warn.");

        CliRun upgraded = cli.run("--on-checksum-mismatch", "warn", "upgrade", "heads");
        assertThat(upgraded.exitCode()).as(upgraded.all()).isZero();
        assertThat(Databases.versions(db)).containsExactly("ccc333");

        CliRun fromEnvironment = cli.with("MIGRATIONS_ON_CHECKSUM_MISMATCH", "ignore").run("check");
        assertThat(fromEnvironment.exitCode()).as(fromEnvironment.all()).isZero();
        assertThat(cli.run("check").exitCode()).isEqualTo(ExitCode.FAILURE);
    }

    @Test
    void logPrintsTheHistoryTableNewestFirst() throws Exception {
        assertThat(cli.run("log").out()).isEqualTo("No runs recorded yet.\n");
        cli.run("upgrade", "bbb222");
        cli.run("downgrade", "aaa111");
        Path broken = dir.resolve(TestRevision.of("ccc333", "bbb222").message("Add email").baseName() + ".sql");
        Files.writeString(broken, Files.readString(broken).replace("CREATE TABLE IF NOT EXISTS t_ccc333 (id int)",
                "INSERT INTO no_such_table VALUES (1)"));
        cli.run("upgrade", "heads");

        CliRun log = cli.run("log");
        assertThat(log.exitCode()).as(log.all()).isZero();
        List<String> lines = log.out().lines().toList();
        assertThat(lines.get(0)).matches("WHEN +WHO +REVISION +DIRECTION +DURATION +OUTCOME +ERROR");
        assertThat(lines.subList(1, lines.size())).satisfiesExactly(
                line -> assertThat(line).matches("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\dZ +" + db.user()
                        + " +ccc333 +upgrade +\\d+ ms +failed +.*no_such_table.*"),
                line -> assertThat(line).contains(" bbb222 ", " upgrade ", " success"),
                line -> assertThat(line).contains(" bbb222 ", " downgrade ", " success"),
                line -> assertThat(line).contains(" bbb222 ", " upgrade ", " success"),
                line -> assertThat(line).contains(" aaa111 ", " upgrade ", " success"));

        assertThat(cli.run("log", "-n", "2").out().lines()).hasSize(3);
        assertThat(cli.run("log", "-r", "aaa111").out().lines()).hasSize(2);
        assertThat(cli.run("log", "-r", "fff999").out()).isEqualTo("No runs of fff999 recorded.\n");

        String json = cli.run("log", "-n", "1", "--format", "json").out();
        assertThat(json).startsWith("[{\"id\":").contains("\"revision\":\"ccc333\"", "\"direction\":\"upgrade\"",
                "\"outcome\":\"failed\"", "\"who\":\"" + db.user() + "\"", "no_such_table").endsWith("}]\n");
        assertThat(cli.run("log", "-n", "-1").exitCode()).isEqualTo(ExitCode.USAGE);
    }

    @Test
    void stampMovesTheVersionTableOnlyAndPurgeClearsUnknownRows() throws Exception {
        assertThat(cli.run("stamp", "bbb222").exitCode()).isZero();
        assertThat(Databases.versions(db)).containsExactly("bbb222");
        assertThat(Databases.tables(db)).doesNotContain("t_aaa111", "t_bbb222");

        db.execute("UPDATE alembic_version SET version_num = 'fff999'");
        CliRun blocked = cli.run("stamp", "aaa111");
        assertThat(blocked.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(blocked.err()).startsWith("FAILED: ").contains("fff999");

        assertThat(cli.run("stamp", "--purge", "aaa111").exitCode()).isZero();
        assertThat(Databases.versions(db)).containsExactly("aaa111");
    }

    @Test
    void sqlWithARangeNeedsNoDatabase() {
        InProcessCli offline = InProcessCli.of(dir);
        CliRun upgrade = offline.run("upgrade", "base:head", "--sql");
        assertThat(upgrade.exitCode()).as(upgrade.err()).isZero();
        assertThat(upgrade.out()).isEqualTo("""
                BEGIN;

                CREATE TABLE alembic_version (
                    version_num VARCHAR(32) NOT NULL,\s
                    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
                );

                -- Running upgrade  -> aaa111

                CREATE TABLE IF NOT EXISTS t_aaa111 (id int);

                INSERT INTO alembic_version (version_num) VALUES ('aaa111') RETURNING alembic_version.version_num;

                COMMIT;

                BEGIN;

                -- Running upgrade aaa111 -> bbb222

                CREATE TABLE IF NOT EXISTS t_bbb222 (id int);

                UPDATE alembic_version SET version_num='bbb222' WHERE alembic_version.version_num = 'aaa111';

                COMMIT;

                BEGIN;

                -- Running upgrade bbb222 -> ccc333

                CREATE TABLE IF NOT EXISTS t_ccc333 (id int);

                UPDATE alembic_version SET version_num='ccc333' WHERE alembic_version.version_num = 'bbb222';

                COMMIT;

                """);

        CliRun downgrade = offline.run("downgrade", "ccc333:base", "--sql");
        assertThat(downgrade.exitCode()).isZero();
        assertThat(downgrade.out()).startsWith("BEGIN;\n\n-- Running downgrade ccc333 -> bbb222\n\n")
                .contains("DELETE FROM alembic_version WHERE alembic_version.version_num = 'aaa111';")
                .endsWith("COMMIT;\n\nDROP TABLE alembic_version;\n\n");

        CliRun stamp = offline.run("stamp", "aaa111:ccc333", "--sql");
        assertThat(stamp.out()).isEqualTo("""
                BEGIN;

                -- Running stamp_revision aaa111 -> ccc333

                UPDATE alembic_version SET version_num='ccc333' WHERE alembic_version.version_num = 'aaa111';

                COMMIT;

                """);
    }

    @Test
    void sqlWithoutARangeStartsFromTheDatabaseAndChangesNothing() throws Exception {
        CliRun fromEmpty = cli.run("--lock-timeout", "5s", "--statement-timeout", "2min", "upgrade", "bbb222", "--sql");
        assertThat(fromEmpty.exitCode()).isZero();
        assertThat(fromEmpty.out()).startsWith("BEGIN;\n\nSET LOCAL lock_timeout = 5000;\n\n"
                + "SET LOCAL statement_timeout = 120000;\n\nCREATE TABLE alembic_version");
        assertThat(Databases.tables(db)).isEmpty();

        cli.run("upgrade", "ccc333");
        db.execute("DELETE FROM alembic_version");
        CliRun tableExists = cli.run("upgrade", "aaa111", "--sql");
        assertThat(tableExists.out()).startsWith("BEGIN;\n\n-- Running upgrade  -> aaa111\n\n");

        db.execute("INSERT INTO alembic_version VALUES ('ccc333')");
        CliRun down = cli.run("downgrade", "-1", "--sql");
        assertThat(down.out()).contains("-- Running downgrade ccc333 -> bbb222").doesNotContain("bbb222 -> aaa111");
        assertThat(cli.run("stamp", "aaa111", "--sql").out())
                .contains("UPDATE alembic_version SET version_num='aaa111' WHERE alembic_version.version_num = 'ccc333';");
        assertThat(Databases.versions(db)).containsExactly("ccc333");

        CliRun purge = cli.run("stamp", "--purge", "--sql", "head");
        assertThat(purge.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(purge.err()).isEqualTo("FAILED: Can't use --purge with --sql mode\n");
    }

    @Test
    void rangesNeedSql() {
        CliRun run = cli.run("upgrade", "aaa111:head");
        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).startsWith("FAILED: Range revision not allowed");
    }

    @Test
    void schemaAndTableNamesComeFromOptions() throws Exception {
        db.execute("CREATE SCHEMA app");
        CliRun run = cli.with("MIGRATIONS_SCHEMA", "app").run("--version-table", "app_versions",
                "--history-table", "app_history", "upgrade", "head");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(Databases.tables(db)).doesNotContain("alembic_version", "migrations_history");
        assertThat(cli.run("--schema", "app", "--version-table", "app_versions", "current").out()).isEqualTo("ccc333 (head)\n");
        assertThat(cli.run("current").out()).isEmpty();
    }

    @Test
    void lockWaitTimeoutGivesUpWhileAnotherRunHoldsTheLock() throws Exception {
        AdvisoryLock lock = new AdvisoryLock(new TableName("public", "alembic_version"), Duration.ofSeconds(5));
        try (Connection holder = db.connect(); MigrationLock.Held held = lock.acquire(holder, Duration.ofSeconds(5))) {
            CliRun run = cli.run("--lock-wait-timeout", "1", "upgrade", "head");
            assertThat(run.exitCode()).isEqualTo(ExitCode.FAILURE);
            assertThat(run.err()).startsWith("FAILED: ");
        }
        assertThat(Databases.versions(db)).isEmpty();
        assertThat(cli.run("--lock-wait-timeout", "1", "upgrade", "head").exitCode()).isZero();
    }

    @Test
    void statementTimeoutStopsARevisionThatRunsTooLong() {
        TestRevision.of("ddd444", "ccc333").statements("SELECT pg_sleep(5)", "SELECT 1").writeSql(dir);

        CliRun run = cli.run("--statement-timeout", "200ms", "upgrade", "head");
        assertThat(run.exitCode()).isEqualTo(ExitCode.FAILURE);
        assertThat(run.err()).startsWith("FAILED: Upgrade of revision ddd444").contains("statement timeout");
        assertThat(cli.run("current").out()).isEqualTo("ccc333\n");
    }
}
