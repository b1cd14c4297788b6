package io.migrations.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.migrations.testdb.FreshDatabase;
import io.migrations.testdb.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** Each kind of failure: its exit code and its one line on stderr, with the stack trace only under --debug. */
class ErrorsTest {

    @RegisterExtension
    static final FreshDatabase DB = new FreshDatabase();

    private final TestDatabase db = DB.get();

    @TempDir
    Path dir;

    private InProcessCli cli;

    @BeforeEach
    void setUp() {
        TestRevision.of("aaa111").message("init").writeSql(dir);
        cli = InProcessCli.of(db, dir);
    }

    @Test
    void brokenRevisionFileIsAUsageErrorNamingFileAndLine() throws Exception {
        Path broken = dir.resolve("bbb222_broken.sql");
        Files.writeString(broken, "-- revision: bbb222\n-- down_revision: aaa111\n\nCREATE TABLE x (id int);\n");

        CliRun run = cli.run("upgrade", "head");
        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).startsWith("FAILED: " + broken).hasLineCount(1);
        assertThat(run.out()).isEmpty();

        CliRun debug = cli.run("--debug", "history");
        assertThat(debug.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(debug.err()).startsWith("FAILED: " + broken).contains("io.migrations.api.ScriptException", "\tat ");
    }

    @Test
    void aMistypedOptionIsAUsageErrorThatNeverShowsItsValue() {
        CliRun run = cli.run("--pasword", "s3cret-pw", "current");
        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).startsWith("FAILED: Unknown or unexpected arguments: '--pasword', '…'")
                .contains("--password").doesNotContain("s3cret-pw");

        CliRun inline = cli.run("--pasword=s3cret-pw", "current");
        assertThat(inline.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(inline.err()).contains("'--pasword=…'").doesNotContain("s3cret-pw");

        CliRun url = cli.run("current", "postgresql://u:s3cret-pw@localhost/db");
        assertThat(url.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(url.err()).contains("postgresql://u:***@localhost/db").doesNotContain("s3cret-pw");
    }

    @Test
    void schemaAndTableOptionsThatDoNotFitTheDatabaseAreOneLineUsageErrors() throws Exception {
        db.execute("CREATE TABLE users (id int, name text)");
        List<String> tablesBefore = Databases.tables(db);

        CliRun schema = cli.run("--schema", "no_such_schema", "upgrade", "head");
        assertThat(schema.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(schema.err()).startsWith("FAILED: The schema 'no_such_schema' set for the version and history "
                + "tables does not exist").hasLineCount(1);

        for (CliRun taken : List.of(cli.run("--version-table", "users", "current"),
                cli.run("--version-table", "users", "upgrade", "head"))) {
            assertThat(taken.exitCode()).as(taken.err()).isEqualTo(ExitCode.USAGE);
            assertThat(taken.err()).startsWith("FAILED: The table public.users exists but is not a version table "
                    + "(its columns: id, name; a version table has the column version_num)").hasLineCount(1);
        }

        CliRun dotted = cli.run("--version-table", "public.alembic_version", "upgrade", "head");
        assertThat(dotted.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(dotted.err()).startsWith("FAILED: Invalid option: versionTable 'public.alembic_version' holds a '.'")
                .hasLineCount(1);
        assertThat(Databases.tables(db)).isEqualTo(tablesBefore);
    }

    @Test
    void unreachableDatabaseIsAFailureNamingHostAndPort() {
        CliRun run = cli.with("DATABASE_URL", "postgresql://postgres@127.0.0.1:1/nowhere").run("current");
        assertThat(run.exitCode()).isEqualTo(ExitCode.FAILURE);
        assertThat(run.err()).startsWith("FAILED: Cannot connect to 127.0.0.1:1/nowhere: ")
                .contains("Is the database running").hasLineCount(1);
    }

    @Test
    void wrongCredentialsAreAFailureThatNeverShowsThePassword() {
        String url = "postgresql://no_such_user:s3cret-pw@" + db.jdbcUrl().substring("jdbc:postgresql://".length());
        InProcessCli wrong = new InProcessCli(Map.of("DATABASE_URL", url, "MIGRATIONS_DIR", dir.toString()));

        CliRun run = wrong.run("upgrade", "head");
        assertThat(run.exitCode()).isEqualTo(ExitCode.FAILURE);
        assertThat(run.err()).startsWith("FAILED: Cannot connect to ").contains("Check the user name and password")
                .contains("(Options: --url, --user, --password.)").hasLineCount(1).doesNotContain("s3cret-pw");

        CliRun debug = wrong.run("--debug", "--password", "other-s3cret", "current", "-v");
        assertThat(debug.exitCode()).isEqualTo(ExitCode.FAILURE);
        assertThat(debug.all()).contains("\tat ").doesNotContain("s3cret-pw", "other-s3cret");

        CliRun noUrl = InProcessCli.of(dir).run("current");
        assertThat(noUrl.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(noUrl.err()).startsWith("FAILED: No database URL given. Set DATABASE_URL or pass --url");

        CliRun badUrl = InProcessCli.of(dir).run("--url", "mysql://root:pw123@db/app", "current");
        assertThat(badUrl.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(badUrl.err()).contains("Unsupported database URL").doesNotContain("pw123");
    }

    @Test
    void badTargetsAndMultipleHeadsAreUsageErrors() {
        CliRun unknown = cli.run("upgrade", "nosuch");
        assertThat(unknown.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(unknown.err()).startsWith("FAILED: ").contains("nosuch").hasLineCount(1);

        TestRevision.of("bbb222", "aaa111").writeSql(dir);
        TestRevision.of("ccc333", "aaa111").writeSql(dir);
        CliRun heads = cli.run("upgrade", "head");
        assertThat(heads.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(heads.err()).startsWith("FAILED: ").contains("bbb222", "ccc333");
        assertThat(cli.run("upgrade", "heads").exitCode()).isZero();
    }

    @Test
    void checksumMismatchIsAUsageErrorAndNothingRuns() throws Exception {
        Path file = TestRevision.of("aaa111").message("init").writeSql(dir);
        cli.run("upgrade", "head");
        Files.writeString(file, Files.readString(file).replace("(id int)", "(id bigint)"));
        TestRevision.of("bbb222", "aaa111").writeSql(dir);

        CliRun run = cli.run("upgrade", "head");
        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).startsWith("FAILED: ").contains("aaa111", file.toString());
        assertThat(Databases.versions(db)).containsExactly("aaa111");
    }

    @Test
    void failingStatementIsAFailureNamingTheRevisionFile() throws Exception {
        Path bad = TestRevision.of("bbb222", "aaa111").statements("CREATE TABLE oops (id nosuchtype)", "SELECT 1")
                .writeSql(dir);

        CliRun run = cli.run("upgrade", "head");
        assertThat(run.exitCode()).isEqualTo(ExitCode.FAILURE);
        assertThat(run.err()).startsWith("FAILED: Upgrade of revision bbb222 (" + bad).contains("nosuchtype")
                .doesNotContain("\tat ");
        assertThat(Databases.versions(db)).containsExactly("aaa111");
    }

    /**
     * A COMMIT inside a transactional revision would make the tables before it permanent while the tool reports the
     * revision rolled back; the file is refused before anything runs.
     */
    @Test
    void transactionControlInATransactionalRevisionIsAUsageErrorNamingFileAndLine() throws Exception {
        Path file = TestRevision.of("bbb222", "aaa111")
                .statements("BEGIN;\nCREATE TABLE t1 (id int);\nCOMMIT;\nSELECT 1 / 0", "SELECT 1").writeSql(dir);

        CliRun run = cli.run("upgrade", "head");
        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).startsWith("FAILED: " + file + ":9: BEGIN inside a revision that runs in one "
                + "transaction").contains("Remove it", "'-- transactional: false'").hasLineCount(1);
        assertThat(db.strings("SELECT to_regclass('t1')::text")).containsOnlyNulls();
        assertThat(Databases.versions(db)).isEmpty();

        Files.writeString(file, Files.readString(file).replace("-- upgrade", "-- transactional: false\n\n-- upgrade")
                .replace("SELECT 1 / 0", "SELECT 1"));
        CliRun nonTransactional = cli.run("upgrade", "head");
        assertThat(nonTransactional.exitCode()).as(nonTransactional.err()).isZero();
        assertThat(db.strings("SELECT to_regclass('t1')::text")).containsExactly("t1");
    }

    @Test
    void irreversibleRevisionRefusesTheDowngrade() throws Exception {
        Path file = TestRevision.of("bbb222", "aaa111").writeSql(dir);
        Files.writeString(file, Files.readString(file).replaceAll("(?s)-- downgrade.*", ""));
        cli.run("upgrade", "head");

        CliRun run = cli.run("downgrade", "base");
        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).contains("bbb222", "no downgrade");
        assertThat(Databases.versions(db)).containsExactly("bbb222");
    }
}
