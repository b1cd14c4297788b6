package io.migrations.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.migrations.testdb.FreshDatabase;
import io.migrations.testdb.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
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
        assertThat(run.err()).startsWith("FAILED: Cannot connect to ").contains("Check the user and password")
                .hasLineCount(1).doesNotContain("s3cret-pw");

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
