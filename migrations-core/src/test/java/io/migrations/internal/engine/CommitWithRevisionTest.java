package io.migrations.internal.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.migrations.Migrations;
import io.migrations.MigrationsConfig;
import io.migrations.TestCatalogs;
import io.migrations.api.DatabaseException;
import io.migrations.api.HistoryEntry;
import io.migrations.internal.platform.Database;
import io.migrations.internal.platform.Databases;
import io.migrations.internal.platform.RunSession;
import io.migrations.internal.script.RevisionFiles;
import io.migrations.testdb.FreshDatabase;
import io.migrations.testdb.TestDatabase;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * On PostgreSQL a revision in its own transaction sends its commit with its statements and rows, the version row
 * checked by the database itself: what the client checked after the batch must still hold before anything commits,
 * a failing commit is the revision's failure, and a database without PL/pgSQL falls back to the client's check.
 */
class CommitWithRevisionTest {

    @RegisterExtension
    static final FreshDatabase DB = new FreshDatabase();

    private static final Database POSTGRES = Databases.POSTGRESQL;

    private final TestDatabase db = DB.get();

    @TempDir
    Path dir;
    private RevisionFiles files;

    @BeforeEach
    void revisionFiles() {
        files = new RevisionFiles(dir);
    }

    @Test
    void aCheckedWriteFailsInTheDatabaseWithTheMessageAndTheCountUnlessItChangesOneRow() throws Exception {
        db.execute("CREATE TABLE v (version_num varchar(32))");
        db.execute("INSERT INTO v VALUES ('a'), ('b'), ('b')");
        // A message with quotes, a backslash and the block's own quote must come back as written.
        String failure = "it's \\ $m$ odd: " + Database.ROW_COUNT + " rows, not one";
        try (Connection connection = db.connect(); Statement statement = connection.createStatement()) {
            statement.execute(POSTGRES.oneRowWrite("UPDATE v SET version_num = 'c' WHERE version_num = 'a'", failure)
                    .orElseThrow());
            assertThatThrownBy(() -> statement.execute(POSTGRES.oneRowWrite(
                    "UPDATE v SET version_num = 'd' WHERE version_num = 'zzz'", failure).orElseThrow()))
                    .isInstanceOf(SQLException.class)
                    .hasMessageContaining("it's \\ $m$ odd: 0 rows, not one");
            assertThatThrownBy(() -> statement.execute(POSTGRES.oneRowWrite(
                    "DELETE FROM v WHERE version_num = 'b'", failure).orElseThrow()))
                    .hasMessageContaining("odd: 2 rows, not one");
        }
        assertThat(db.strings("SELECT version_num FROM v ORDER BY 1")).containsExactly("b", "b", "c");
    }

    @Test
    void aRevisionWhoseCommitFailsFailsAndLeavesNothing() throws Exception {
        files.write("aaa111", "", "CREATE TABLE parent (id int PRIMARY KEY);", "DROP TABLE parent;");
        files.write("bbb222", "aaa111", """
                CREATE TABLE child (parent_id int REFERENCES parent (id) DEFERRABLE INITIALLY DEFERRED);
                INSERT INTO child VALUES (42);""", "DROP TABLE child;");

        assertThatThrownBy(() -> migrations().upgrade("head"))
                .isInstanceOf(DatabaseException.class)
                .hasMessageContaining("revision bbb222")
                .hasMessageContaining("violates foreign key constraint")
                .hasMessageContaining("stays at aaa111")
                .hasMessageNotContaining("the tool's own write");

        assertThat(db.strings("SELECT version_num FROM alembic_version")).containsExactly("aaa111");
        assertThat(TestCatalogs.tableNames(db)).contains("parent").doesNotContain("child");
        HistoryEntry last = lastHistoryRow();
        assertThat(last.revision()).isEqualTo("bbb222");
        assertThat(last.success()).isFalse();
        assertThat(migrations().upgrade("aaa111").steps()).isEmpty();
    }

    @Test
    void eachRevisionCommitsOnItsOwnSoALaterFailureKeepsTheEarlierOnes() throws Exception {
        files.write("aaa111", "", "CREATE TABLE a (id int);", "DROP TABLE a;");
        files.write("bbb222", "aaa111", "CREATE TABLE b (id int);", "DROP TABLE b;");
        files.write("ccc333", "bbb222", "CREATE TABLE c (id int);\nSELECT 1 / 0;", "DROP TABLE c;");

        assertThatThrownBy(() -> migrations().upgrade("head")).hasMessageContaining("division by zero");

        assertThat(db.strings("SELECT version_num FROM alembic_version")).containsExactly("bbb222");
        assertThat(TestCatalogs.tableNames(db)).contains("a", "b").doesNotContain("c");
        assertThat(migrations().history()).extracting(HistoryEntry::revision, HistoryEntry::success)
                .containsExactly(tuple("aaa111", true),
                        tuple("bbb222", true),
                        tuple("ccc333", false));
    }

    @Test
    void withoutPlpgsqlTheClientChecksTheVersionRowAndRevisionsStillCommit() throws Exception {
        files.write("aaa111", "", "CREATE TABLE a (id int);", "DROP TABLE a;");
        files.write("bbb222", "aaa111", "CREATE TABLE b (id int);", "DROP TABLE b;");
        files.write("ccc333", "bbb222", "CREATE TABLE c (id int);\nDELETE FROM alembic_version;", "DROP TABLE c;");
        db.execute("DROP EXTENSION plpgsql");
        try {
            try (Connection connection = db.connect()) {
                assertThat(POSTGRES.runSession(connection)).extracting(RunSession::checksWrites).isEqualTo(false);
            }

            migrations().upgrade("bbb222");
            assertThat(db.strings("SELECT version_num FROM alembic_version")).containsExactly("bbb222");
            assertThatThrownBy(() -> migrations().upgrade("head"))
                    .isInstanceOf(DatabaseException.class)
                    .hasMessageContaining("revision ccc333")
                    .hasMessageContaining("changed 0 rows");
            assertThat(db.strings("SELECT version_num FROM alembic_version")).containsExactly("bbb222");
            assertThat(TestCatalogs.tableNames(db)).contains("a", "b").doesNotContain("c");
        } finally {
            db.execute("CREATE EXTENSION plpgsql");
        }
        try (Connection connection = db.connect()) {
            assertThat(POSTGRES.runSession(connection).checksWrites()).isTrue();
        }
    }

    private Migrations migrations() {
        return Migrations.create(MigrationsConfig.builder().dataSource(db.dataSource())
                .locations("filesystem:" + dir).build());
    }

    private HistoryEntry lastHistoryRow() {
        List<HistoryEntry> rows = migrations().history();
        assertThat(rows).isNotEmpty();
        return rows.get(rows.size() - 1);
    }
}
