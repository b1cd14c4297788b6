package io.migrations.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import io.migrations.Migrations;
import io.migrations.internal.script.RevisionFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every malformed revision set or command is rejected before any SQL runs: each case checks the
 * message (file and line where there is one), the exit code, and that the schema, the version table
 * and the history table are exactly as before.
 *
 * <p>Each case starts from revisions b1 → b2 → b3 with the database at b2, then breaks something.
 */
class BadInputCorpusTest {

    private static final int USER_ERROR = 2;
    @RegisterExtension
    static final Fixture fixture = new Fixture();

    @TempDir
    Path dir;
    private RevisionFiles files;

    @BeforeEach
    void databaseAtB2() throws Exception {
        fixture.resetSchema();
        files = new RevisionFiles(dir);
        files.write("b1", "", "CREATE TABLE b1 (id int);", "DROP TABLE b1;");
        files.write("b2", "b1", "CREATE TABLE b2 (id int);", "DROP TABLE b2;");
        files.write("b3", "b2", "CREATE TABLE b3 (id int);", "DROP TABLE b3;");
        Migrations.create(fixture.config(dir).build()).upgrade("b2");
    }

    /** Writes a raw revision file. */
    private static void raw(Path dir, String name, String text) {
        try {
            Files.writeString(dir.resolve(name), text);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A well-formed revision after b3 with {@code header} lines added, for header problems. */
    private static String c4(String header, String body) {
        return "-- revision: c4\n-- down_revision: b3\n" + header + "-- upgrade\n" + body + "\n";
    }

    @FunctionalInterface
    interface Breakage {
        void apply(Path dir, RevisionFiles files) throws Exception;
    }

    /**
     * @param name      what is wrong
     * @param breakage  the change to the files (or database) that makes it wrong
     * @param command   command and target
     * @param expected  fragments of the error; {@code {dir}} stands for the revision folder
     */
    record Case(String name, Breakage breakage, List<String> command, List<String> expected) {
        @Override
        public String toString() {
            return name;
        }
    }

    private static Case upgradeHead(String name, Breakage breakage, String... expected) {
        return new Case(name, breakage, List.of("upgrade", "head"), List.of(expected));
    }

    private static Case command(String name, Breakage breakage, String command, String target, String... expected) {
        return new Case(name, breakage, List.of(command, target), List.of(expected));
    }

    private static Breakage file(String name, String text) {
        return (dir, files) -> raw(dir, name, text);
    }

    static Stream<Case> cases() {
        return Stream.of(
                // Header lines
                upgradeHead("SQL above the upgrade marker", file("c4_x.sql", "-- revision: c4\n-- down_revision: b3\nCREATE TABLE x (id int);\n-- upgrade\nSELECT 1;\n"),
                        "{dir}/c4_x.sql:3: expected a '-- key: value' header line"),
                upgradeHead("no upgrade marker", file("c4_x.sql", "-- revision: c4\n-- down_revision: b3\n"),
                        "{dir}/c4_x.sql: no '-- upgrade' marker"),
                upgradeHead("downgrade before upgrade", file("c4_x.sql", "-- revision: c4\n-- down_revision: b3\n-- downgrade\nSELECT 1;\n-- upgrade\nSELECT 1;\n"),
                        "{dir}/c4_x.sql:3: '-- downgrade' comes before '-- upgrade'"),
                upgradeHead("misspelt header key", file("c4_x.sql", c4("-- mesage: hello\n", "SELECT 1;")),
                        "{dir}/c4_x.sql:3: unknown header key 'mesage'"),
                upgradeHead("header key in upper case", file("c4_x.sql", "-- Revision: c4\n-- down_revision: b3\n-- upgrade\nSELECT 1;\n"),
                        "{dir}/c4_x.sql:1: header key 'Revision' must be lower case"),
                upgradeHead("duplicated revision header", file("c4_x.sql", c4("-- revision: c5\n", "SELECT 1;")),
                        "{dir}/c4_x.sql:3: duplicate header 'revision' (first on line 1)"),
                upgradeHead("duplicated down_revision header", file("c4_x.sql", c4("-- down_revision: b2\n", "SELECT 1;")),
                        "{dir}/c4_x.sql:3: duplicate header 'down_revision' (first on line 2)"),
                upgradeHead("duplicated message header", file("c4_x.sql", c4("-- message: one\n-- message: two\n", "SELECT 1;")),
                        "{dir}/c4_x.sql:4: duplicate header 'message' (first on line 3)"),
                upgradeHead("missing revision header", file("c4_x.sql", "-- down_revision: b3\n-- upgrade\nSELECT 1;\n"),
                        "{dir}/c4_x.sql:2: missing header '-- revision:'"),
                upgradeHead("missing down_revision header", file("c4_x.sql", "-- revision: c4\n-- upgrade\nSELECT 1;\n"),
                        "{dir}/c4_x.sql:2: missing header '-- down_revision:'"),
                upgradeHead("invalid revision id", file("c4-x.sql", "-- revision: c4-x\n-- down_revision: b3\n-- upgrade\nSELECT 1;\n"),
                        "{dir}/c4-x.sql:1: revision: 'c4-x' is not a valid revision id"),
                upgradeHead("transactional is not a boolean", file("c4_x.sql", c4("-- transactional: maybe\n", "SELECT 1;")),
                        "{dir}/c4_x.sql:3: transactional: 'maybe' is not a boolean"),
                upgradeHead("empty entry in down_revision", file("c4_x.sql", "-- revision: c4\n-- down_revision: b3,\n-- upgrade\nSELECT 1;\n"),
                        "{dir}/c4_x.sql:2: down_revision: empty entry in 'b3,'"),
                upgradeHead("parent listed twice", file("c4_x.sql", "-- revision: c4\n-- down_revision: b3, b3\n-- upgrade\nSELECT 1;\n"),
                        "{dir}/c4_x.sql:2: down_revision: 'b3' is listed twice"),
                upgradeHead("invalid branch label", file("c4_x.sql", c4("-- branch_labels: feature-x\n", "SELECT 1;")),
                        "{dir}/c4_x.sql:3: branch_labels: 'feature-x' is not a valid branch label"),
                upgradeHead("file name does not match the id", file("c5_x.sql", c4("", "SELECT 1;")),
                        "{dir}/c5_x.sql:1: file name 'c5_x.sql' does not start with the revision id 'c4'"),
                upgradeHead("NUL byte in a header", file("c4_x.sql", c4("-- message: a\0b\n", "SELECT 1;")),
                        "{dir}/c4_x.sql:3: holds a NUL character (byte 0) at column 14"),
                upgradeHead("NUL byte in a statement", file("c4_x.sql", c4("", "SELECT 1;\nINSERT INTO b1 VALUES (1);\0")),
                        "{dir}/c4_x.sql:5: holds a NUL character (byte 0) at column 27"),
                // Files that are not there
                upgradeHead("dangling symbolic link named like a revision", (dir, files) ->
                                Files.createSymbolicLink(dir.resolve("c4_x.sql"), dir.resolve("moved_away.sql")),
                        "{dir}/c4_x.sql: is a symbolic link to '{dir}/moved_away.sql', which does not exist"),
                upgradeHead("symbolic links in a loop", (dir, files) -> {
                    Files.createSymbolicLink(dir.resolve("c4_x.sql"), dir.resolve("c5_x.sql"));
                    Files.createSymbolicLink(dir.resolve("c5_x.sql"), dir.resolve("c4_x.sql"));
                }, "is a symbolic link in a loop of links"),
                upgradeHead("link to a folder that contains it", (dir, files) ->
                                Files.createSymbolicLink(Files.createDirectory(dir.resolve("sub")).resolve("back"), dir),
                        "{dir}/sub/back: is a symbolic link back to a folder that contains it, a loop"),
                upgradeHead("file is not UTF-8", (dir, files) -> Files.write(dir.resolve("c4_x.sql"),
                                c4("-- message: caf\u00e9\n", "SELECT 1;").getBytes(StandardCharsets.ISO_8859_1)),
                        "{dir}/c4_x.sql: not valid UTF-8"),
                // Sections
                upgradeHead("second upgrade marker", file("c4_x.sql", c4("", "SELECT 1;\n-- upgrade\nSELECT 2;")),
                        "{dir}/c4_x.sql:5: second '-- upgrade' marker (first on line 3)"),
                upgradeHead("second downgrade marker", file("c4_x.sql", c4("", "SELECT 1;\n-- downgrade\nSELECT 2;\n-- downgrade\nSELECT 3;")),
                        "{dir}/c4_x.sql:7: second '-- downgrade' marker (first on line 5)"),
                upgradeHead("empty upgrade", file("c4_x.sql", c4("", "\n-- downgrade\nSELECT 1;")),
                        "{dir}/c4_x.sql:3: the upgrade section has no statements"),
                upgradeHead("upgrade of comments only", file("c4_x.sql", c4("", "-- nothing yet")),
                        "{dir}/c4_x.sql:3: the upgrade section has no statements"),
                // Quotes and nesting
                upgradeHead("unterminated string", file("c4_x.sql", c4("", "SELECT 1;\nINSERT INTO b1 VALUES ('it);\nSELECT 2;")),
                        "{dir}/c4_x.sql:5: unterminated"),
                upgradeHead("unterminated dollar quote", file("c4_x.sql", c4("", "DO $body$\nBEGIN\n  PERFORM 1;\nEND;")),
                        "{dir}/c4_x.sql:4: unterminated"),
                upgradeHead("unterminated quoted identifier", file("c4_x.sql", c4("", "CREATE TABLE \"odd (id int);")),
                        "{dir}/c4_x.sql:4: unterminated"),
                upgradeHead("unterminated block comment", file("c4_x.sql", c4("", "/* to do\nSELECT 1;")),
                        "{dir}/c4_x.sql:4: unterminated"),
                upgradeHead("unclosed parenthesis", file("c4_x.sql", c4("", "CREATE TABLE x (id int\n-- downgrade\nDROP TABLE x;")),
                        "{dir}/c4_x.sql:4: the statement starting here still has 1 unclosed '('"),
                // Graph
                upgradeHead("duplicate revision id", file("b3_again.sql", "-- revision: b3\n-- down_revision: b2\n-- upgrade\nSELECT 1;\n"),
                        "Revision b3 is present more than once", "{dir}/b3_again.sql", "{dir}/b3_rev_b3.sql"),
                upgradeHead("missing parent", file("c4_x.sql", "-- revision: c4\n-- down_revision: zz9\n-- upgrade\nSELECT 1;\n"),
                        "Revision zz9 referenced from c4 ({dir}/c4_x.sql) as down_revision is not present"),
                upgradeHead("missing dependency", file("c4_x.sql", c4("-- depends_on: zz9\n", "SELECT 1;")),
                        "Revision zz9 referenced from c4 ({dir}/c4_x.sql) as depends_on is not present"),
                upgradeHead("cycle of two revisions", (dir, files) -> {
                    raw(dir, "c4_x.sql", "-- revision: c4\n-- down_revision: c5\n-- upgrade\nSELECT 1;\n");
                    raw(dir, "c5_x.sql", "-- revision: c5\n-- down_revision: c4\n-- upgrade\nSELECT 1;\n");
                }, "Cycle is detected in revisions (c4, c5): c4 ({dir}/c4_x.sql) -> c5 ({dir}/c5_x.sql) -> c4"),
                upgradeHead("revision is its own parent", file("c4_x.sql", "-- revision: c4\n-- down_revision: c4\n-- upgrade\nSELECT 1;\n"),
                        "Self-loop is detected in revisions (c4): c4 ({dir}/c4_x.sql) -> c4"),
                upgradeHead("dependency cycle", (dir, files) -> {
                    raw(dir, "c4_x.sql", c4("-- depends_on: c5\n", "SELECT 1;"));
                    raw(dir, "c5_x.sql", "-- revision: c5\n-- down_revision: c4\n-- upgrade\nSELECT 1;\n");
                }, "Dependency cycle is detected in revisions (c4, c5): c4 ({dir}/c4_x.sql) -> c5 ({dir}/c5_x.sql) -> c4"),
                upgradeHead("branch label used twice", (dir, files) -> {
                    raw(dir, "c4_x.sql", c4("-- branch_labels: feature\n", "SELECT 1;"));
                    raw(dir, "c5_x.sql", "-- revision: c5\n-- down_revision: b3\n-- branch_labels: feature\n-- upgrade\nSELECT 1;\n");
                }, "Branch name 'feature' in revision c5 ({dir}/c5_x.sql) already used by revision c4 ({dir}/c4_x.sql)"),
                // Targets
                command("unknown target", (dir, files) -> { }, "upgrade", "zz9", "Can't locate revision identified by 'zz9'"),
                command("ambiguous prefix", (dir, files) -> {
                    files.write("abcd1", "b3", "SELECT 1;", "SELECT 1;");
                    files.write("abcd2", "abcd1", "SELECT 1;", "SELECT 1;");
                }, "upgrade", "abcd", "multiple revisions start with 'abcd'", "abcd1", "abcd2"),
                upgradeHead("several heads for upgrade head", (dir, files) -> {
                    files.write("c4", "b3", "SELECT 1;", "SELECT 1;");
                    files.write("c5", "b3", "SELECT 1;", "SELECT 1;");
                }, "Multiple head revisions are present for given argument 'head' (c4, c5)"),
                command("unknown branch", (dir, files) -> { }, "upgrade", "nobranch@head", "no such revision or branch 'nobranch'"),
                command("relative step past the head", (dir, files) -> { }, "upgrade", "+5", "Relative revision +5 didn't produce 5 migrations"),
                command("relative step past the base", (dir, files) -> { }, "downgrade", "-5", "Relative revision -5 didn't produce 5 migrations"),
                command("empty target", (dir, files) -> { }, "upgrade", "", "empty revision target"),
                command("downgrade target above the current revision", (dir, files) -> { }, "downgrade", "b3", "Destination b3 is not a valid downgrade target"),
                command("downgrade target on another branch", (dir, files) -> files.write("c4", "b1", "SELECT 1;", "SELECT 1;"),
                        "downgrade", "c4", "Destination c4 is not a valid downgrade target"),
                command("stamp to an unknown revision", (dir, files) -> { }, "stamp", "zz9", "Can't locate revision identified by 'zz9'"),
                command("downgrade through a revision without downgrade", (dir, files) -> {
                    files.write("c4", "b3", "CREATE TABLE c4 (id int);", null);
                    Migrations.create(fixture.config(dir).build()).upgrade("c4");
                }, "downgrade", "base", "Cannot downgrade through revision c4 ({dir}/c4_rev_c4.sql): it has no downgrade section"),
                // Database and code disagree
                upgradeHead("applied revision edited", (dir, files) -> files.write("b1", "", "CREATE TABLE b1 (id bigint);", "DROP TABLE b1;"),
                        "Applied revision(s) changed since they ran: b1 ({dir}/b1_rev_b1.sql)"),
                upgradeHead("database at a revision the code lacks", (dir, files) -> {
                    Migrations.create(fixture.config(dir).build()).upgrade("b3");
                    Files.delete(dir.resolve("b3_rev_b3.sql"));
                }, "The database is at revision(s) b3, which no revision file here defines"),
                // Options and locations
                new Case("revision folder missing", (dir, files) -> Files.walk(dir).sorted((a, b) -> b.compareTo(a))
                        .forEach(p -> p.toFile().delete()), List.of("upgrade", "head"),
                        List.of("folder '{dir}' does not exist")),
                new Case("negative lock retries", (dir, files) -> { }, List.of("--lock-retries", "-1", "upgrade", "head"),
                        List.of("lockRetries must be 0 or more, got -1")),
                new Case("schema that does not exist", (dir, files) -> { },
                        List.of("--schema", "no_such_schema", "upgrade", "head"),
                        List.of("The schema 'no_such_schema' set for the version and history tables does not exist")),
                new Case("version table named after another table", (dir, files) -> { },
                        List.of("--version-table", "b1", "upgrade", "head"),
                        List.of("The table public.b1 exists but is not a version table (its columns: id")),
                new Case("version table with its schema in the name", (dir, files) -> { },
                        List.of("--version-table", "public.alembic_version", "upgrade", "head"),
                        List.of("versionTable 'public.alembic_version' holds a '.'", "schema 'public'")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void rejectedBeforeAnySqlRuns(Case c) throws Exception {
        c.breakage().apply(dir, files);
        List<String> before = fixture.snapshot();

        List<String> args = new ArrayList<>(fixture.args(dir));
        args.addAll(c.command());
        CommandOutcome outcome = CommandOutcome.run(fixture, args);
        String error = outcome.err();

        assertThat(outcome.exit()).as(error).isEqualTo(USER_ERROR);
        assertThat(error).startsWith("error: ").hasLineCount(1);
        for (String fragment : c.expected()) {
            assertThat(error).contains(fragment.replace("{dir}", dir.toString()));
        }
        assertThat(fixture.snapshot()).as("schema, version table and history unchanged").isEqualTo(before);
    }

    @Test
    void anUpperCaseExtensionIsReadLikeALowerCaseOne() throws Exception {
        raw(dir, "c4_X.SQL", c4("", "CREATE TABLE c4 (id int);"));

        CommandOutcome outcome = CommandOutcome.run(fixture, fixture.args(dir, "upgrade", "head"));

        assertThat(outcome.exit()).as(outcome.err()).isZero();
        assertThat(fixture.query("SELECT version_num FROM alembic_version")).containsExactly("c4");
    }

    @Test
    void corpusHasAtLeastFortyCases() {
        assertThat(cases().count()).isGreaterThanOrEqualTo(40);
    }

    @Test
    void exitCodeOfASeparateProcess() throws Exception {
        raw(dir, "c4_x.sql", c4("", "INSERT INTO b1 VALUES ('it);"));
        List<String> before = fixture.snapshot();

        JavaProcess process = JavaProcess.start(dir, fixture.args(dir, "upgrade", "head"));

        assertThat(process.waitFor()).isEqualTo(USER_ERROR);
        assertThat(process.output()).contains("error: " + dir + "/c4_x.sql:4: unterminated");
        assertThat(fixture.snapshot()).isEqualTo(before);
        fixture.assertNoPassword(List.of(process.output()));
    }
}
