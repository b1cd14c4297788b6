package io.migrations.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.migrations.Migrations;
import io.migrations.MigrationsConfig;
import io.migrations.RevisionSet;
import io.migrations.api.LintReport;
import io.migrations.api.Severity;
import io.migrations.catalog.Catalog;
import io.migrations.catalog.CatalogDiff;
import io.migrations.testdb.FreshDatabase;
import io.migrations.testdb.TestDatabase;
import io.migrations.testdb.TestServers;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** {@code revision --autogenerate}, {@code diff} and {@code check --model} from the command line. */
class AutogenerateCommandsTest {

    @RegisterExtension
    static final FreshDatabase DB = new FreshDatabase();

    private final TestDatabase db = DB.get();

    @TempDir
    Path project;

    private Path dir;
    private Path model;
    private InProcessCli cli;

    @BeforeEach
    void setUp() throws IOException {
        dir = Files.createDirectories(project.resolve("db/migrations"));
        model = project.resolve("db/schema.sql");
        TestRevision.of("aaa111").message("Create users")
                .statements("CREATE TABLE users (id bigint PRIMARY KEY, email text)", "DROP TABLE users").writeSql(dir);
        cli = InProcessCli.of(db, dir);
    }

    private void model(String sql) throws IOException {
        Files.writeString(model, sql);
    }

    @Test
    void autogenerateWritesARevisionThatBuildsTheModelAndPassesTheLint() throws Exception {
        model("""
                CREATE TYPE mood AS ENUM ('ok', 'sad');
                CREATE TABLE users (id bigint PRIMARY KEY, email text NOT NULL, mood mood DEFAULT 'ok');
                CREATE INDEX ix_users_email ON users (email);
                CREATE TABLE posts (id bigint PRIMARY KEY, user_id bigint REFERENCES users (id), body text);
                COMMENT ON TABLE posts IS 'what users write';
                """);

        CliRun run = cli.run("revision", "--autogenerate", "-m", "posts and moods");

        assertThat(run.exitCode()).as(run.err()).isZero();
        List<Path> written = run.out().lines().map(line -> Path.of(line.substring("Generating ".length(),
                line.indexOf(" ...")))).toList();
        assertThat(written).hasSize(2);
        assertThat(Files.readString(written.get(0))).contains("-- transactional: true")
                .contains("CREATE TABLE public.posts").contains("ALTER TABLE public.users ALTER COLUMN email SET NOT NULL");
        assertThat(Files.readString(written.get(1))).contains("-- transactional: false")
                .contains("CREATE INDEX CONCURRENTLY IF NOT EXISTS ix_users_email ON public.users");
        assertNoLintErrors();

        assertThat(cli.run("upgrade", "heads").exitCode()).isZero();
        assertThat(CatalogDiff.between(catalog(db), modelCatalog()).text()).isEmpty();
        assertThat(cli.run("check", "--model", model.toString()).exitCode()).isZero();
        assertThat(cli.run("downgrade", "aaa111").exitCode()).isZero();
        assertThat(cli.run("revision", "--autogenerate", "-m", "again").out())
                .isEqualTo("No changes in schema detected: the revisions build the model. Nothing written.\n");
    }

    @Test
    void checkModelExitCodesAndJson() throws Exception {
        model("CREATE TABLE users (id bigint PRIMARY KEY, email text);");
        CliRun same = cli.run("check", "--model", model.toString());
        assertThat(same.exitCode()).as(same.err()).isZero();
        assertThat(same.out()).isEqualTo("The revisions build exactly the model.\n");

        model("CREATE TABLE users (id bigint PRIMARY KEY, email varchar(200));");
        CliRun differs = cli.run("check", "--model", model.toString(), "--format", "json");
        assertThat(differs.exitCode()).isEqualTo(ExitCode.FAILURE);
        assertThat(differs.out()).isEqualTo("""
                {
                  "matches": false,
                  "differences": [
                    {"object": "column public.users.email", "kind": "column", "name": "public.users.email", \
                "change": "changed", "attribute": "type", "revisions": "text", "model": "character varying(200)", \
                "description": "column public.users.email: type is character varying(200) in the model, text in the \
                revisions"}
                  ]
                }
                """);

        model("CREATE TABLE users (id bigint PRIMARY KEY, email no_such_type);");
        CliRun broken = cli.run("check", "--model", model.toString());
        assertThat(broken.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(broken.err()).startsWith("FAILED: " + model + ":1: the model does not apply: ERROR: type "
                + "\"no_such_type\" does not exist");

        CliRun missing = cli.run("check", "--model", project.resolve("nope.sql").toString());
        assertThat(missing.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(missing.err()).contains("does not exist");
    }

    @Test
    void diffPrintsUpgradeAndDowngradeAndWritesNothing() throws Exception {
        model("CREATE TABLE users (id bigint PRIMARY KEY, email text, name text);");
        CliRun run = cli.run("diff");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).isEqualTo("""
                -- Revision 1 of 1 (transactional: true)
                -- upgrade
                ALTER TABLE public.users ADD COLUMN name text;

                -- downgrade
                -- review: drops column public.users.name and its data
                ALTER TABLE public.users DROP COLUMN name;

                """);
        try (var files = Files.list(dir)) {
            assertThat(files).hasSize(1);
        }
    }

    @Test
    void diffAgainstTheDatabaseComparesWithItAsItIs() throws Exception {
        assertThat(cli.run("upgrade", "heads").exitCode()).isZero();
        db.execute("ALTER TABLE users ADD COLUMN scratch int");
        model("CREATE TABLE users (id bigint PRIMARY KEY, email text);");

        assertThat(cli.run("diff").out()).startsWith("-- No differences: the schema the revisions build is the model.");
        CliRun run = cli.run("diff", "--against", "database");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("-- upgrade\n-- review: drops column public.users.scratch and its data\n"
                + "ALTER TABLE public.users DROP COLUMN scratch;").contains("-- downgrade\n"
                + "ALTER TABLE public.users ADD COLUMN scratch integer;");
    }

    @Test
    void renameIsSuggestedAndThenApplied() throws Exception {
        model("CREATE TABLE users (id bigint PRIMARY KEY, mail text);");
        assertThat(cli.run("diff").out()).contains("-- review: rename? public.users.email may have been renamed to mail");
        CliRun renamed = cli.run("diff", "--rename", "users.email:mail");
        assertThat(renamed.out()).contains("ALTER TABLE public.users RENAME COLUMN email TO mail;")
                .doesNotContain("DROP COLUMN");
    }

    @Test
    void javaFormatUsesTheDslWhereItCanAndCompilesAndRuns() throws Exception {
        model("""
                CREATE TABLE users (id bigint PRIMARY KEY, name text);
                CREATE INDEX ix_users_name ON users (name);
                CREATE TABLE posts (id bigint PRIMARY KEY, user_id bigint REFERENCES users (id));
                """);
        Path sources = project.resolve("src");
        Path classes = Files.createDirectories(project.resolve("classes"));
        String pkg = "com.example.generated";
        InProcessCli java = cli.with("MIGRATIONS_PACKAGE", pkg).with("MIGRATIONS_CLASSPATH", classes.toString());
        assertThat(cli.run("upgrade", "aaa111").exitCode()).isZero();
        Catalog before = catalog(db);

        CliRun run = java.run("revision", "--autogenerate", "-m", "posts", "--format", "java", "--source-dir",
                sources.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        Path main = sources.resolve("com/example/generated/Posts.java");
        Path indexes = sources.resolve("com/example/generated/PostsConcurrentIndexes.java");
        assertThat(Files.readString(main)).contains("op.execute(\"CREATE TABLE public.posts (")
                .contains("op.dropColumn(\"users\", \"name\");").contains("op.dropTable(\"posts\");");
        assertThat(Files.readString(indexes)).contains("transactional = false")
                .contains("op.execute(\"CREATE INDEX CONCURRENTLY IF NOT EXISTS ix_users_name");
        JavaRevisionsTest.compile(main, classes);
        JavaRevisionsTest.compile(indexes, classes);

        assertThat(java.run("upgrade", "heads").exitCode()).isZero();
        assertThat(CatalogDiff.between(catalog(db), modelCatalog()).text()).isEmpty();
        assertThat(java.run("downgrade", "aaa111").exitCode()).isZero();
        assertThat(CatalogDiff.between(catalog(db), before).text()).isEmpty();
    }

    private void assertNoLintErrors() {
        Migrations migrations = Migrations.create(MigrationsConfig.builder().dataSource(db.dataSource())
                .locations("filesystem:" + dir).build());
        LintReport report = migrations.lint();
        assertThat(report.active()).filteredOn(finding -> finding.severity() == Severity.ERROR).isEmpty();
    }

    private static Catalog catalog(TestDatabase database) {
        return Migrations.create(MigrationsConfig.builder().dataSource(database.dataSource()).build(), RevisionSet.empty()).catalog();
    }

    private Catalog modelCatalog() throws SQLException, IOException {
        try (TestDatabase reference = TestServers.find().createDatabase("AutogenerateModel")) {
            reference.execute(Files.readString(model));
            return catalog(reference);
        }
    }
}
