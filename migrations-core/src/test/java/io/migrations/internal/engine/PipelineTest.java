package io.migrations.internal.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.migrations.Migrations;
import io.migrations.MigrationsConfig;
import io.migrations.TestCatalogs;
import io.migrations.api.DatabaseException;
import io.migrations.api.HistoryEntry;
import io.migrations.api.Timeouts;
import io.migrations.internal.platform.Database;
import io.migrations.internal.platform.Databases;
import io.migrations.internal.platform.RunSession;
import io.migrations.internal.script.RevisionFiles;
import io.migrations.testdb.FreshDatabase;
import io.migrations.testdb.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * A transactional revision on PostgreSQL travels in one round trip with its bookkeeping, and in a transaction of its
 * own with its commit: these tests pin down that nothing about it changes for the user — every row a query touches,
 * the statement an error names, the counts and text the history keeps, the timeouts, the version-table check (in
 * the database, or by the client where PL/pgSQL is missing) and a commit that fails.
 */
class PipelineTest {

    @RegisterExtension
    static final FreshDatabase DB = new FreshDatabase();

    private final TestDatabase db = DB.get();

    @TempDir
    Path dir;
    private RevisionFiles files;

    @BeforeEach
    void revisionFiles() {
        files = new RevisionFiles(dir);
    }

    @Test
    void classifiesOnlyStatementsThatCannotReturnRowsAsQueueable() {
        assertThat(List.of("CREATE TABLE a (id int)", "  alter table a add b int", "-- why\nINSERT INTO a VALUES (1)",
                "/* note */ UPDATE a SET id = 2", "DO $$ BEGIN PERFORM 1; END $$", "SET LOCAL lock_timeout = 10",
                "COMMENT ON TABLE a IS 'x'", "GRANT SELECT ON a TO PUBLIC", "drop index ix"))
                .allMatch(Pipeline::returnsNoRows);
        assertThat(List.of("SELECT setval('s', 1)", "WITH x AS (DELETE FROM a RETURNING *) SELECT count(*) FROM x",
                "INSERT INTO a VALUES (1) RETURNING id", "UPDATE a SET id = 1\nreturning *", "VALUES (1)", "SHOW search_path",
                "EXPLAIN ANALYZE DELETE FROM a", "CALL p()", "TABLE a", "(SELECT 1)", "/* unterminated CREATE"))
                .noneMatch(Pipeline::returnsNoRows);
    }

    @Test
    void aQueryThatChangesDataRowByRowRunsOverEveryRow() throws Exception {
        files.write("aaa111", "", """
                CREATE TABLE calls (n int);
                CREATE FUNCTION record_call(i int) RETURNS int LANGUAGE sql AS $$ INSERT INTO calls VALUES (i) RETURNING i $$;
                SELECT record_call(i) FROM generate_series(1, 5) AS i;
                CREATE TABLE after_query (id int);""", "DROP TABLE after_query; DROP FUNCTION record_call; DROP TABLE calls;");

        migrations(MigrationsConfig.builder()).upgrade("head");

        assertThat(query("SELECT count(*) FROM calls")).containsExactly("5");
        assertThat(TestCatalogs.tableNames(db)).contains("after_query");
        assertThat(lastHistoryRow().statementsRun()).isEqualTo(4);
    }

    @Test
    void aFailureInsideAQueuedRunNamesItsStatementAndRollsEverythingBack() throws Exception {
        Path file = files.write("aaa111", "", """
                CREATE TABLE a (id int);
                INSERT INTO a VALUES (1);
                SELECT count(*) FROM a;
                INSERT INTO a VALUES (2);
                INSERT INTO a VALUES ('two');
                INSERT INTO a VALUES (3);""", "DROP TABLE a;");

        assertThatThrownBy(() -> migrations(MigrationsConfig.builder()).upgrade("head"))
                .isInstanceOf(DatabaseException.class)
                .hasMessageContaining("revision aaa111 (" + file + ":10)")
                .hasMessageContaining("invalid input syntax for type integer")
                .hasMessageContaining("[SQL state 22P02]")
                .hasMessageContaining("statement: INSERT INTO a VALUES ('two')")
                .hasMessageNotContaining("Batch entry");

        HistoryEntry failed = lastHistoryRow();
        assertThat(failed.success()).isFalse();
        assertThat(failed.statementsRun()).as("rolled back, so none stays").isZero();
        assertThat(failed.error()).contains(":10)");
        assertThat(TestCatalogs.tableNames(db)).doesNotContain("a");
    }

    @Test
    void theHistoryRowKeepsTheMessageAsWrittenAndTheDatabasesDuration() throws Exception {
        String message = "it's a back\\slash and a 'quote' \\' mix";
        Files.writeString(dir.resolve("aaa111_odd.sql"), "-- revision: aaa111\n-- down_revision:\n-- message: " + message
                + "\n\n-- upgrade\nCREATE TABLE a (id int);\nSELECT pg_sleep(0.05);\n-- downgrade\nDROP TABLE a;\n");

        migrations(MigrationsConfig.builder()).upgrade("head");

        HistoryEntry row = lastHistoryRow();
        assertThat(row.message()).isEqualTo(message);
        assertThat(row.success()).isTrue();
        assertThat(row.statementsRun()).isEqualTo(2);
        assertThat(row.durationMs()).isBetween(50L, 30_000L);
        assertThat(row.checksum()).hasSize(64);
        assertThat(row.appliedBy()).isEqualTo(db.user());
    }

    @Test
    void timeoutsApplyToTheQueuedStatements() throws Exception {
        files.write("aaa111", "", "CREATE TABLE settings AS SELECT current_setting('lock_timeout') AS lock_timeout, "
                + "current_setting('statement_timeout') AS statement_timeout;", "DROP TABLE settings;");

        migrations(MigrationsConfig.builder().timeouts(new Timeouts(Duration.ofMillis(1500), Duration.ofSeconds(40))))
                .upgrade("head");

        assertThat(query("SELECT lock_timeout || ' ' || statement_timeout FROM settings")).containsExactly("1500ms 40s");
    }

    @Test
    void aRevisionThatChangesTheVersionTableItselfIsRolledBack() throws Exception {
        files.write("aaa111", "", "CREATE TABLE a (id int);", "DROP TABLE a;");
        files.write("bbb222", "aaa111", "CREATE TABLE b (id int);\nDELETE FROM alembic_version;", "DROP TABLE b;");

        assertThatThrownBy(() -> migrations(MigrationsConfig.builder()).upgrade("head"))
                .isInstanceOf(DatabaseException.class)
                .hasMessageContaining("revision bbb222")
                .hasMessageContaining("changed 0 rows")
                .hasMessageContaining("stays at aaa111");

        assertThat(query("SELECT version_num FROM alembic_version")).containsExactly("aaa111");
        assertThat(TestCatalogs.tableNames(db)).doesNotContain("b");
    }

    @Test
    void aCheckedWriteFailsInTheDatabaseWithTheMessageAndTheCountUnlessItChangesOneRow() throws Exception {
        db.execute("CREATE TABLE v (version_num varchar(32))");
        db.execute("INSERT INTO v VALUES ('a'), ('b'), ('b')");
        // A message with quotes, a backslash and the block's own quote must come back as written.
        String failure = "it's \\ $m$ odd: " + Database.ROW_COUNT + " rows, not one";
        try (Connection connection = db.connect(); Statement statement = connection.createStatement()) {
            statement.execute(Databases.POSTGRESQL.oneRowWrite("UPDATE v SET version_num = 'c' WHERE version_num = 'a'", failure)
                    .orElseThrow());
            assertThatThrownBy(() -> statement.execute(Databases.POSTGRESQL.oneRowWrite(
                    "UPDATE v SET version_num = 'd' WHERE version_num = 'zzz'", failure).orElseThrow()))
                    .isInstanceOf(SQLException.class)
                    .hasMessageContaining("it's \\ $m$ odd: 0 rows, not one");
            assertThatThrownBy(() -> statement.execute(Databases.POSTGRESQL.oneRowWrite(
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

        assertThatThrownBy(() -> migrations(MigrationsConfig.builder()).upgrade("head"))
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
        assertThat(migrations(MigrationsConfig.builder()).upgrade("aaa111").steps()).isEmpty();
    }

    @Test
    void eachRevisionCommitsOnItsOwnSoALaterFailureKeepsTheEarlierOnes() throws Exception {
        files.write("aaa111", "", "CREATE TABLE a (id int);", "DROP TABLE a;");
        files.write("bbb222", "aaa111", "CREATE TABLE b (id int);", "DROP TABLE b;");
        files.write("ccc333", "bbb222", "CREATE TABLE c (id int);\nSELECT 1 / 0;", "DROP TABLE c;");

        assertThatThrownBy(() -> migrations(MigrationsConfig.builder()).upgrade("head")).hasMessageContaining("division by zero");

        assertThat(db.strings("SELECT version_num FROM alembic_version")).containsExactly("bbb222");
        assertThat(TestCatalogs.tableNames(db)).contains("a", "b").doesNotContain("c");
        assertThat(migrations(MigrationsConfig.builder()).history()).extracting(HistoryEntry::revision, HistoryEntry::success)
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
                assertThat(Databases.POSTGRESQL.runSession(connection)).extracting(RunSession::checksWrites).isEqualTo(false);
            }

            migrations(MigrationsConfig.builder()).upgrade("bbb222");
            assertThat(db.strings("SELECT version_num FROM alembic_version")).containsExactly("bbb222");
            assertThatThrownBy(() -> migrations(MigrationsConfig.builder()).upgrade("head"))
                    .isInstanceOf(DatabaseException.class)
                    .hasMessageContaining("revision ccc333")
                    .hasMessageContaining("changed 0 rows");
            assertThat(db.strings("SELECT version_num FROM alembic_version")).containsExactly("bbb222");
            assertThat(TestCatalogs.tableNames(db)).contains("a", "b").doesNotContain("c");
        } finally {
            db.execute("CREATE EXTENSION plpgsql");
        }
        try (Connection connection = db.connect()) {
            assertThat(Databases.POSTGRESQL.runSession(connection).checksWrites()).isTrue();
        }
    }

    private Migrations migrations(MigrationsConfig.Builder builder) {
        return Migrations.create(builder.dataSource(db.dataSource()).locations("filesystem:" + dir).build());
    }

    private HistoryEntry lastHistoryRow() {
        List<HistoryEntry> rows = migrations(MigrationsConfig.builder()).history();
        assertThat(rows).isNotEmpty();
        return rows.get(rows.size() - 1);
    }

    private List<String> query(String sql) throws Exception {
        return db.strings(sql);
    }
}
