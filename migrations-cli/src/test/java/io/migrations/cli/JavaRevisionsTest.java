package io.migrations.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.migrations.testdb.FreshDatabase;
import io.migrations.testdb.TestDatabase;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** Compiled Java revisions next to SQL files: written by {@code revision --format java}, loaded with --classpath/--package. */
class JavaRevisionsTest {

    private static final String PACKAGE = "com.example.migrations";

    @RegisterExtension
    static final FreshDatabase DB = new FreshDatabase();

    private final TestDatabase db = DB.get();

    @TempDir
    Path work;

    @Test
    void writesCompilesAndRunsAJavaRevisionOnTopOfSqlOnes() throws Exception {
        Path sql = Files.createDirectories(work.resolve("sql"));
        Path sources = work.resolve("src");
        Path classes = Files.createDirectories(work.resolve("classes"));
        TestRevision.of("aaa111").message("init").writeSql(sql);
        InProcessCli cli = InProcessCli.of(db, sql).with("MIGRATIONS_PACKAGE", PACKAGE)
                .with("MIGRATIONS_CLASSPATH", classes.toString());

        CliRun generated = cli.run("revision", "--format", "java", "-m", "Create accounts", "--rev-id", "bbb222",
                "--source-dir", sources.toString());
        assertThat(generated.exitCode()).as(generated.err()).isZero();
        Path source = sources.resolve("com/example/migrations/CreateAccounts.java");
        assertThat(generated.out()).isEqualTo("Generating " + source + " ...  done\n");
        assertThat(Files.readString(source)).contains("package " + PACKAGE + ";", "id = \"bbb222\"", "down = \"aaa111\"");

        Files.writeString(source, Files.readString(source)
                .replace("upgrade(Operations op) {\n", "upgrade(Operations op) {\n        op.execute(\"CREATE TABLE accounts (id int, name text)\");\n"
                        + "        op.execute(\"INSERT INTO accounts VALUES (?, ?)\", 42, \"it's\");\n")
                .replace("downgrade(Operations op) {\n", "downgrade(Operations op) {\n        op.execute(\"DROP TABLE accounts\");\n"));
        compile(source, classes);

        assertThat(cli.run("history").out()).isEqualTo("aaa111 -> bbb222 (head), Create accounts\n<base> -> aaa111, init\n");
        assertThat(cli.run("upgrade", "base:head", "--sql").out())
                .contains("CREATE TABLE accounts (id int, name text);", "INSERT INTO accounts VALUES (42, 'it''s');");
        CliRun upgrade = cli.run("upgrade", "head");
        assertThat(upgrade.exitCode()).as(upgrade.err()).isZero();
        assertThat(Databases.versions(db)).containsExactly("bbb222");
        assertThat(Databases.tables(db)).contains("accounts");
        assertThat(cli.run("downgrade", "aaa111").exitCode()).isZero();
        assertThat(Databases.tables(db)).doesNotContain("accounts");
    }

    @Test
    void javaFormatNeedsAPackageAndAMissingClasspathEntryIsNamed() throws Exception {
        Path sql = Files.createDirectories(work.resolve("sql"));
        InProcessCli cli = InProcessCli.of(sql);

        CliRun noPackage = cli.run("revision", "--format", "java", "-m", "x");
        assertThat(noPackage.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(noPackage.err()).contains("Java revisions need --package");

        CliRun missing = cli.run("--classpath", work.resolve("nope.jar").toString(), "--package", PACKAGE, "heads");
        assertThat(missing.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(missing.err()).contains("--classpath entry " + work.resolve("nope.jar") + " does not exist");
    }

    static void compile(Path source, Path classes) {
        compile(List.of(source), classes);
    }

    /** Compiles {@code sources} into {@code classes} against the test class path. */
    static void compile(List<Path> sources, Path classes) {
        ByteArrayOutputStream errors = new ByteArrayOutputStream();
        List<String> arguments = new ArrayList<>(List.of("-d", classes.toString(),
                "-classpath", System.getProperty("java.class.path")));
        sources.forEach(source -> arguments.add(source.toString()));
        int status = ToolProvider.getSystemJavaCompiler().run(null, null, errors, arguments.toArray(String[]::new));
        assertThat(status).as("javac: %s", errors).isZero();
    }
}
