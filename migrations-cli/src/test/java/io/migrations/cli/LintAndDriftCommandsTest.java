package io.migrations.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.migrations.testdb.FreshDatabase;
import io.migrations.testdb.TestDatabase;
import io.migrations.testdb.TestServers;
import java.nio.file.Path;
import java.sql.SQLException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** {@code lint}, {@code schema}, {@code check --drift} and the lint that {@code revision} runs. */
class LintAndDriftCommandsTest {

    @RegisterExtension
    static final FreshDatabase DB = new FreshDatabase();

    private final TestDatabase db = DB.get();

    @TempDir
    Path dir;

    private InProcessCli cli;

    @BeforeEach
    void setUp() {
        TestRevision.of("aaa111").message("Create users")
                .statements("CREATE TABLE users (id int PRIMARY KEY, email text)", "DROP TABLE users").writeSql(dir);
        TestRevision.of("bbb222", "aaa111").message("Index email")
                .statements("CREATE INDEX ix_users_email ON users (email)", "DROP INDEX ix_users_email").writeSql(dir);
        cli = InProcessCli.of(db, dir);
    }

    @Test
    void lintReportsRiskyStatementsWithoutADatabase() {
        CliRun run = InProcessCli.of(dir).run("lint");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("bbb222_index_email.sql:9: warning [index-without-concurrently] index "
                        + "ix_users_email is built on table users without CONCURRENTLY (revision bbb222)\n    why: ")
                .endsWith("Linted 2 revisions: 0 error(s), 1 warning(s), 0 allowed.\n");
    }

    @Test
    void lintFailsAtTheChosenSeverity() {
        assertThat(cli.run("lint", "--fail-on", "warning").exitCode()).isEqualTo(ExitCode.FAILURE);
        assertThat(cli.run("lint", "--fail-on", "error").exitCode()).isEqualTo(ExitCode.SUCCESS);
        assertThat(cli.run("lint", "--fail-on", "sometimes").exitCode()).isEqualTo(ExitCode.USAGE);
    }

    @Test
    void lintOfChosenRevisionsAsJson() {
        CliRun run = cli.run("lint", "aaa", "--format", "json");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).isEqualTo("{\n  \"revisions\": 1,\n  \"errors\": 0,\n  \"warnings\": 0,\n  \"allowed\": 0,"
                + "\n  \"findings\": []\n}\n");
    }

    @Test
    void revisionLintsTheRevisionItBuildsOn() {
        CliRun run = cli.run("revision", "-m", "Next");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err()).startsWith("Lint of the revision(s) this one builds on:\n")
                .contains("[index-without-concurrently]")
                .contains("Linted 1 revision: 0 error(s), 1 warning(s), 0 allowed.");
    }

    @Test
    void schemaPrintsTheMigratedSchema() {
        cli.run("upgrade", "heads");

        CliRun run = cli.run("schema");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).isEqualTo("""
                column public.users.email text
                column public.users.id integer NOT NULL
                constraint public.users.users_pkey PRIMARY KEY (id)
                index public.ix_users_email CREATE INDEX ix_users_email ON public.users USING btree (email)
                schema public comment=standard public schema
                table public.users
                """);
    }

    @Test
    void checkDriftFindsAManualChange() throws SQLException {
        cli.run("upgrade", "heads");
        assertThat(cli.run("check", "--drift").out()).endsWith("No drift: the database matches its revisions "
                + "(replayed up to bbb222).\n");

        db.execute("ALTER TABLE users ALTER COLUMN email SET NOT NULL");
        CliRun run = cli.run("check", "--drift");

        assertThat(run.exitCode()).isEqualTo(ExitCode.FAILURE);
        assertThat(run.out()).isEqualTo("Database is up to date at bbb222.\n"
                + "Drift: the database differs from its revisions (replayed up to bbb222) in 1 place:\n"
                + "  column public.users.email: nullability is NOT NULL, the revisions give NULL\n");
    }

    @Test
    void checkDriftSaysSoWhenTheRevisionsCannotBeReplayed() throws SQLException {
        cli.run("upgrade", "heads");
        TestRevision.of("ccc333", "bbb222").message("Broken")
                .statements("CREATE VIEW v AS SELECT * FROM no_such_table", "DROP VIEW v").writeSql(dir);
        db.execute("CREATE TABLE no_such_table (id int)");
        cli.run("upgrade", "heads");

        CliRun run = cli.run("check", "--drift");

        assertThat(run.exitCode()).isEqualTo(ExitCode.CHECK_FAILED);
        assertThat(run.out()).startsWith("Database is up to date at ccc333.\n").doesNotContain("Drift");
        assertThat(run.err()).startsWith("FAILED: Could not replay the revisions into the shadow database ")
                .contains("migrations_shadow_")
                .contains(": revision ccc333 failed there: ERROR: relation \"no_such_table\" does not exist")
                .doesNotContain("rolled back").doesNotContain("stays at");
    }

    @Test
    void checkDriftReplaysIntoTheGivenShadowDatabase() {
        cli.run("upgrade", "heads");
        try (TestDatabase shadow = TestServers.find().createDatabase("LintAndDriftShadow")) {
            CliRun run = cli.run("check", "--drift", "--shadow-url", shadow.jdbcUrl());

            assertThat(run.exitCode()).as(run.err()).isZero();
            assertThat(run.out()).contains("No drift");
        }
    }
}
