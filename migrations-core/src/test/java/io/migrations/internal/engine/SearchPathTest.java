package io.migrations.internal.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.migrations.Migrations;
import io.migrations.MigrationsConfig;
import io.migrations.api.DatabaseException;
import io.migrations.api.HistoryEntry;
import io.migrations.internal.script.RevisionFiles;
import io.migrations.testdb.TestDatabase;
import io.migrations.testdb.TestServers;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bug 5: a revision that changes the {@code search_path}, as pg_dump's header does, leaves the bookkeeping working,
 * because the version and history tables are written with the schema found when connecting, and the next revision
 * starts from the connection's search path again; and when the tool's own write fails, the error says so and names it.
 */
class SearchPathTest {

    private static final String PG_DUMP_HEADER = "SELECT pg_catalog.set_config('search_path', '', false);";

    private static TestDatabase db;

    @TempDir
    Path dir;
    private RevisionFiles files;

    @BeforeAll
    static void createDatabase() {
        db = TestServers.find().createDatabase("SearchPathTest");
    }

    @AfterAll
    static void dropDatabase() {
        db.close();
    }

    @BeforeEach
    void emptySchema() throws SQLException {
        db.resetPublicSchema();
        files = new RevisionFiles(dir);
    }

    private Migrations migrations() {
        return Migrations.create(MigrationsConfig.builder().dataSource(db.dataSource())
                .locations("filesystem:" + dir).build());
    }

    @Test
    void pgDumpHeaderAtTheTopOfATransactionalBaseline() throws SQLException {
        files.write("aaa111", "", PG_DUMP_HEADER + "\nCREATE TABLE public.a (id integer);\n"
                + "CREATE TABLE public.b (id integer);", "DROP TABLE public.b;\nDROP TABLE public.a;");
        files.write("bbb222", "aaa111", "CREATE TABLE c (id integer);", "DROP TABLE c;");

        migrations().upgrade("heads");

        assertThat(db.strings("SELECT version_num FROM public.alembic_version")).containsExactly("bbb222");
        assertThat(migrations().history()).extracting(HistoryEntry::success, HistoryEntry::statementsRun)
                .containsExactly(tuple(true, 3), tuple(true, 1));
        assertThat(db.strings("SELECT to_regclass('public.c') IS NOT NULL")).containsExactly("t");
    }

    @Test
    void pgDumpHeaderAtTheTopOfANonTransactionalBaseline() throws SQLException {
        files.write("aaa111", "", "-- transactional: false\n", PG_DUMP_HEADER
                + "\nCREATE TABLE public.a (id integer);\nCREATE INDEX CONCURRENTLY a_id ON public.a (id);",
                "DROP TABLE public.a;");
        files.write("bbb222", "aaa111", "CREATE TABLE c (id integer);", "DROP TABLE c;");

        migrations().upgrade("aaa111");
        migrations().upgrade("heads"); // finds no unfinished run: the first one recorded its end

        assertThat(db.strings("SELECT version_num FROM public.alembic_version")).containsExactly("bbb222");
        List<HistoryEntry> history = migrations().history();
        assertThat(history).extracting(HistoryEntry::success, HistoryEntry::statementsRun, HistoryEntry::error)
                .containsExactly(tuple(true, 3, null), tuple(true, 1, null));
    }

    @Test
    void theNextRevisionOfTheSameRunStartsFromTheConnectionsSearchPath() throws SQLException {
        files.write("aaa111", "", "-- transactional: false\n", PG_DUMP_HEADER + "\nCREATE TABLE public.a (id integer);",
                "DROP TABLE public.a;");
        files.write("bbb222", "aaa111", "CREATE TABLE c (id integer);", "DROP TABLE c;");

        migrations().upgrade("heads");

        assertThat(db.strings("SELECT version_num FROM public.alembic_version")).containsExactly("bbb222");
        assertThat(db.strings("SELECT to_regclass('public.c') IS NOT NULL")).containsExactly("t");
    }

    @Test
    void aFailedWriteToTheVersionTableSaysItWasTheToolsOwn() throws SQLException {
        files.write("aaa111", "", "CREATE TABLE a (id integer);\nALTER TABLE alembic_version RENAME TO moved_away;",
                "DROP TABLE a;");

        assertThatThrownBy(() -> migrations().upgrade("heads"))
                .isInstanceOf(DatabaseException.class)
                .hasMessageContaining("the tool's own write")
                .hasMessageContaining("public.alembic_version")
                .hasMessageContaining("The revision was rolled back");
        assertThat(db.strings("SELECT count(*) FROM public.alembic_version")).containsExactly("0");
    }

    @Test
    void aFailedWriteToTheHistoryTableInANonTransactionalRevisionSaysItWasTheToolsOwn() throws SQLException {
        files.write("aaa111", "", "-- transactional: false\n",
                "CREATE TABLE a (id integer);\nALTER TABLE migrations_history RENAME TO moved_away;\n"
                        + "CREATE TABLE b (id integer);", "DROP TABLE b;\nDROP TABLE a;");

        assertThatThrownBy(() -> migrations().upgrade("heads"))
                .isInstanceOf(DatabaseException.class)
                .hasMessageContaining("the tool's own write")
                .hasMessageContaining("public.migrations_history");
    }
}
