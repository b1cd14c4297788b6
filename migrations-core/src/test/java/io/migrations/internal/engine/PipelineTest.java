package io.migrations.internal.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.migrations.Migrations;
import io.migrations.MigrationsConfig;
import io.migrations.TestCatalogs;
import io.migrations.api.DatabaseException;
import io.migrations.api.HistoryEntry;
import io.migrations.api.Timeouts;
import io.migrations.internal.script.RevisionFiles;
import io.migrations.testdb.FreshDatabase;
import io.migrations.testdb.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * A transactional revision on PostgreSQL travels in one round trip with its bookkeeping: these tests pin down
 * that nothing about it changes for the user — every row a query touches, the statement an error names, the
 * counts and text the history keeps, the timeouts and the version-table check.
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
