package io.migrations.internal.script;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.migrations.api.Revision;
import io.migrations.api.ScriptException;
import io.migrations.internal.platform.Databases;
import io.migrations.internal.sql.Statement;
import io.migrations.java.fixtures.Broken;
import io.migrations.java.fixtures.DropLegacyTable;
import io.migrations.java.fixtures.MergeBranches;
import io.migrations.java.fixtures.SetStatusInLoop;
import io.migrations.java.fixtures.SetStatusInline;
import io.migrations.java.fixtures.SetStatusOtherThreshold;
import io.migrations.java.scenarios.AddLogsWorkspace;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.assertj.core.api.AbstractThrowableAssert;
import org.junit.jupiter.api.Test;

class JavaRevisionsTest {

    /** The checksum of {@link SetStatusInline}, pinned: it may never change under version 1 of the form. */
    private static final String PINNED_SET_STATUS =
            "80cf9deebd610a62fe453a5869b19661e8645cbc5b8b49d5fa3bb6dd01bead1a";

    @Test
    void carriesEveryAnnotationAttributeIntoTheScript() {
        Script script = JavaRevisions.load(MergeBranches.class);
        assertThat(script.revision()).isEqualTo(new Revision("c0ffee000001", List.of("aaaa00000001", "bbbb00000001"),
                List.of("reporting"), List.of("dddd00000001", "audit"), "Merge branches", "2024-05-01 12:00:00.000000",
                MergeBranches.class.getName()));
        assertThat(script.transactional()).isFalse();
        assertThat(script.reversible()).isTrue();
        assertThat(script.downgrade().orElseThrow().statements(Databases.H2))
                .extracting(Statement::sql).containsExactly("SELECT 2");
    }

    @Test
    void anIrreversibleMigrationHasNoDowngrade() {
        Script script = JavaRevisions.load(DropLegacyTable.class);
        assertThat(script.reversible()).isFalse();
        assertThat(script.downgrade()).isEmpty();
        assertThat(script.transactional()).isTrue();
        assertThat(script.upgrade().statements(Databases.POSTGRESQL)).containsExactly(
                new Statement("DROP TABLE legacy", lineOf(DropLegacyTable.class, "op.dropTable(\"legacy\")")));
    }

    @Test
    void statementsCarryTheLineOfTheOperationThatMadeThem() {
        List<Statement> statements = JavaRevisions.load(AddLogsWorkspace.class).upgrade().statements(Databases.H2);
        assertThat(statements).extracting(Statement::line).containsExactly(
                lineOf(AddLogsWorkspace.class, "op.createTable(\"workspaces\""),
                lineOf(AddLogsWorkspace.class, "op.bulkInsert("),
                lineOf(AddLogsWorkspace.class, "op.addColumn("),
                lineOf(AddLogsWorkspace.class, "op.execute(update("),
                lineOf(AddLogsWorkspace.class, "op.alterColumn("),
                lineOf(AddLogsWorkspace.class, "op.createForeignKey("));
    }

    /** Not the SQL a renderer writes for them: a renderer that formats SQL differently changes no checksum. */
    @Test
    void checksumIsTheHashOfTheCanonicalFormOfTheRecordedOperations() {
        String form = """
                migrations-operations/1
                upgrade
                Update(table="logs", assignments=[Assignment(column="status", value="error")], conditions=[SqlExpression(sql="error IS NOT NULL")])
                Update(table="logs", assignments=[Assignment(column="status", value="slow")], conditions=[SqlExpression(sql="latency_ms > ?", parameters=[1000])])
                downgrade
                Update(table="logs", assignments=[Assignment(column="status", value="ok")])
                """;
        assertThat(JavaRevisions.load(SetStatusInline.class).checksum())
                .isEqualTo(Checksums.sha256(form))
                .isEqualTo(PINNED_SET_STATUS);
    }

    /** Revisions applied by version 0.1 recorded the hash of their PostgreSQL SQL; it still matches. */
    @Test
    void theChecksumOfTheRenderedSqlThatEarlierVersionsRecordedStillMatches() {
        String sql = """
                -- upgrade
                UPDATE logs SET status = 'error' WHERE error IS NOT NULL;
                UPDATE logs SET status = 'slow' WHERE latency_ms > 1000;
                -- downgrade
                UPDATE logs SET status = 'ok';
                """;
        Script script = JavaRevisions.load(SetStatusInline.class);

        assertThat(script.checksum()).isNotEqualTo(Checksums.of(sql));
        assertThat(script.matchesChecksum(Checksums.of(sql))).isTrue();
        assertThat(script.matchesChecksum(script.checksum())).isTrue();
        assertThat(script.matchesChecksum(JavaRevisions.load(SetStatusOtherThreshold.class).checksum())).isFalse();
        assertThat(JavaRevisions.load(DropLegacyTable.class).matchesChecksum(
                Checksums.of("-- upgrade\nDROP TABLE legacy;\n"))).isTrue();
    }

    @Test
    void checksumFollowsWhatTheRevisionDoesNotHowItIsWritten() {
        String inline = JavaRevisions.load(SetStatusInline.class).checksum();
        assertThat(JavaRevisions.load(SetStatusInline.class).checksum()).isEqualTo(inline);
        assertThat(JavaRevisions.load(SetStatusInLoop.class).checksum()).isEqualTo(inline);
        assertThat(JavaRevisions.load(SetStatusOtherThreshold.class).checksum()).isNotEqualTo(inline);
        assertThat(JavaRevisions.load(DropLegacyTable.class).checksum())
                .isEqualTo(Checksums.sha256("migrations-operations/1\nupgrade\nDropTable(table=\"legacy\")\n"));
    }

    @Test
    void rejectsClassesThatAreNotRevisions() {
        assertLoadFails(Broken.NotAnnotated.class, 0, "is not annotated with @Revision; add "
                + "@Revision(id = \"…\", down = \"…\", message = \"…\")");
        assertLoadFails(Broken.ImplementsNeither.class, 0, "implements neither Migration nor IrreversibleMigration; "
                + "implement Migration (with a downgrade) or IrreversibleMigration (without)");
        assertLoadFails(Broken.ImplementsBoth.class, 0, "implements both Migration and IrreversibleMigration; keep "
                + "Migration if it has a downgrade");
        assertLoadFails(Broken.Abstract.class, 0, "cannot be instantiated; a revision class must be public, concrete "
                + "and, if nested, static");
        assertLoadFails(Broken.class.getName() + "$NotPublic", 0, "cannot be instantiated; a revision class must be "
                + "public, concrete and, if nested, static");
        assertLoadFails(Broken.NeedsArgument.class, 0, "has no public no-argument constructor; add one");
    }

    @Test
    void rejectsInvalidIds() {
        assertLoadFails(Broken.BadId.class, 0, "@Revision(id = \"not-an-id!\") is not a valid revision id; use 1 to 32 "
                + "letters, digits or underscores");
        assertLoadFails(Broken.BadParent.class, 0, "@Revision(down = \"bad parent\") is not a valid revision id; use 1 "
                + "to 32 letters, digits or underscores");
    }

    @Test
    void reportsFailuresOfTheRevisionCodeWithTheirLineAndCause() {
        assertLoadFails(Broken.FailingConstructor.class, lineOf(Broken.class, "throw new IllegalStateException"),
                "constructor failed: java.lang.IllegalStateException: no configuration")
                .hasCauseInstanceOf(IllegalStateException.class);
        assertLoadFails(Broken.FailingDowngrade.class, lineOf(Broken.class, "throw new UnsupportedOperationException"),
                "downgrade: java.lang.UnsupportedOperationException: cannot restore t")
                .hasCauseInstanceOf(UnsupportedOperationException.class);
        assertLoadFails(Broken.EmptyAlter.class, lineOf(Broken.class, "op.alterColumn(alter(\"logs\", \"cost\"))"),
                "upgrade: alterColumn(logs.cost) changes nothing; call setType, setNotNull, dropNotNull, "
                        + "setServerDefault, dropServerDefault or renameTo");
    }

    @Test
    void concurrentIndexesNeedANonTransactionalRevision() {
        assertLoadFails(Broken.ConcurrentInTransaction.class,
                lineOf(Broken.class, "op.dropIndex(\"ix_a\", io.migrations.ops.IndexOption.CONCURRENTLY)"),
                "PostgreSQL cannot build or drop an index CONCURRENTLY inside a transaction; declare "
                        + "@Revision(transactional = false)");
    }

    @Test
    void transactionControlNeedsANonTransactionalRevision() {
        assertLoadFails(Broken.CommitInTransaction.class, lineOf(Broken.class, "op.execute(\"COMMIT;\")"),
                "COMMIT inside a revision that runs in one transaction: it ends or opens a transaction of its own, so "
                        + "a later failure could no longer roll the whole revision back. Remove it (the tool already "
                        + "runs the revision in one transaction), or declare @Revision(transactional = false) to run "
                        + "it statement by statement and manage transactions yourself");
    }

    private static AbstractThrowableAssert<?, ? extends Throwable> assertLoadFails(Class<?> type, int line,
                                                                                   String problem) {
        return assertThatThrownBy(() -> JavaRevisions.load(type))
                .isInstanceOf(ScriptException.class)
                .hasMessage(type.getName() + (line > 0 ? ":" + line : "") + ": " + problem)
                .matches(e -> ((ScriptException) e).location().equals(type.getName()))
                .matches(e -> ((ScriptException) e).line() == line);
    }

    private static void assertLoadFails(String className, int line, String problem) {
        try {
            assertLoadFails(Class.forName(className), line, problem);
        } catch (ClassNotFoundException e) {
            throw new AssertionError(e);
        }
    }

    /** The 1-based line of the test source of {@code type} (its top-level class) that contains {@code snippet}. */
    static int lineOf(Class<?> type, String snippet) {
        Class<?> topLevel = type;
        while (topLevel.getEnclosingClass() != null) {
            topLevel = topLevel.getEnclosingClass();
        }
        Path source = Path.of("src/test/java", topLevel.getName().replace('.', '/') + ".java");
        try {
            List<String> lines = Files.readAllLines(source);
            for (int i = 0; i < lines.size(); i++) {
                if (lines.get(i).contains(snippet)) {
                    return i + 1;
                }
            }
        } catch (IOException e) {
            throw new AssertionError("Cannot read " + source, e);
        }
        throw new AssertionError(snippet + " is not in " + source);
    }
}
