package io.migrations.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.migrations.testdb.FreshDatabase;
import io.migrations.testdb.TestDatabase;
import io.migrations.testdb.TestServers;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --model url:<database url>} from the packaged CLI jar: a reference database (a dev database changed by hand)
 * is the model of {@code check} and {@code diff}. The URL carries a password, which no output may show.
 */
class UrlModelJarIT {

    /** Never printed: the test server trusts its clients, so any password connects, and none may leak. */
    private static final String SECRET = "Ref3renceS3cret";

    @RegisterExtension
    static final FreshDatabase DB = new FreshDatabase();

    @TempDir
    Path work;

    private TestDatabase reference;
    private JarCli cli;
    private JarCli onReference;

    @BeforeEach
    void project() throws Exception {
        Path dir = Files.createDirectories(work.resolve("db/migrations"));
        TestRevision.of("aaa111").message("Create users")
                .statements("CREATE TABLE users (id bigint PRIMARY KEY, email text NOT NULL)", "DROP TABLE users")
                .writeSql(dir);
        cli = JarCli.of(DB.get(), dir, work);
        reference = TestServers.find().createDatabase("UrlModelJarIT_reference");
        onReference = JarCli.of(reference, dir, work);
        CliRun built = onReference.run("upgrade", "heads");
        assertThat(built.exitCode()).as(built.err()).isZero();
    }

    @AfterEach
    void dropReference() {
        reference.close();
    }

    /** The reference database's URL, in the form a user copies from a connection string, password included. */
    private String referenceUrl(String database) {
        return "url:" + reference.jdbcUrl().replaceFirst("^jdbc:postgresql://", "postgresql://" + reference.user()
                + ":" + SECRET + "@").replace("/" + reference.name(), "/" + database);
    }

    @Test
    void aReferenceDatabaseThatTheRevisionsBuildPassesTheCheck() throws Exception {
        CliRun check = cli.run("check", "--model", referenceUrl(reference.name()));
        assertThat(check.exitCode()).as(check.all()).isZero();
        assertThat(check.out()).isEqualTo("The revisions build exactly the model.\n");
        assertThat(check.all()).doesNotContain(SECRET);

        CliRun diff = cli.run("diff", "--model", referenceUrl(reference.name()));
        assertThat(diff.exitCode()).as(diff.all()).isZero();
        assertThat(diff.out()).isEqualTo("-- No differences: the schema the revisions build is the model.\n");
    }

    @Test
    void aColumnAddedByHandToTheReferenceFailsTheCheckAndIsWhatDiffPrints() throws Exception {
        reference.execute("ALTER TABLE users ADD COLUMN nickname varchar(40)");

        CliRun check = cli.run("check", "--model", referenceUrl(reference.name()));
        assertThat(check.exitCode()).as(check.all()).isEqualTo(ExitCode.FAILURE);
        assertThat(check.out()).contains("column public.users.nickname: only in the model (nickname character "
                + "varying(40))");
        assertThat(check.all()).doesNotContain(SECRET);

        CliRun diff = cli.run("diff", "--model", referenceUrl(reference.name()));
        assertThat(diff.exitCode()).as(diff.all()).isZero();
        assertThat(diff.out()).contains("-- upgrade\nALTER TABLE public.users ADD COLUMN nickname character varying(40);")
                .contains("-- downgrade\n-- review: drops column public.users.nickname and its data\n"
                        + "ALTER TABLE public.users DROP COLUMN nickname;");
        assertThat(diff.all()).doesNotContain(SECRET);
    }

    /**
     * A reference database that cannot be read is a model that cannot be built: exit 2, as a model that does not apply,
     * not the 1 of "differs"; the message points at --model, and neither it nor a --debug stack trace shows the
     * password.
     */
    @Test
    void aReferenceDatabaseThatCannotBeReadFailsWithoutShowingThePassword() throws Exception {
        String missing = referenceUrl("no_such_reference_db");
        for (String command : new String[] {"check", "diff"}) {
            CliRun run = cli.run(command, "--model", missing);
            assertThat(run.exitCode()).as(run.all()).isEqualTo(ExitCode.USAGE);
            assertThat(run.err()).contains("FAILED: The model url:").contains(" cannot be read: Cannot connect to ")
                    .contains("database \"no_such_reference_db\" does not exist")
                    .contains("Fix the database URL after url: in --model.").doesNotContain("Option: --url");
            assertThat(run.all()).doesNotContain(SECRET);

            CliRun debug = cli.run("--debug", command, "--model=" + missing);
            assertThat(debug.exitCode()).as(debug.all()).isEqualTo(ExitCode.USAGE);
            assertThat(debug.err()).contains("at io.migrations.");
            assertThat(debug.all()).doesNotContain(SECRET);
        }
    }
}
