package io.migrations.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.migrations.Migrations;
import io.migrations.api.DatabaseException;
import io.migrations.api.HistoryEntry;
import io.migrations.api.MigrationResult;
import io.migrations.api.Verdict;
import io.migrations.api.UnfinishedRevisionException;
import io.migrations.catalog.Index;
import io.migrations.internal.script.RevisionFiles;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The migration's connection is lost in the middle of a non-transactional revision: the next run
 * reports which statements had run, once, and the run after that continues.
 */
class LostConnectionTest {

    @RegisterExtension
    static final Fixture fixture = new Fixture();

    @TempDir
    Path dir;

    @Test
    void interruptedNonTransactionalRevisionIsReportedOnTheNextRun() throws Exception {
        RevisionFiles files = new RevisionFiles(dir);
        files.write("a1", "", "CREATE TABLE accounts (id int);", "DROP TABLE accounts;");
        Path file = files.write("a2", "a1", "-- transactional: false\n",
                "CREATE TABLE IF NOT EXISTS audit (id int);\n"
                        + "SELECT pg_advisory_xact_lock(4242);\n"
                        + "CREATE INDEX CONCURRENTLY IF NOT EXISTS ix_audit ON audit (id);",
                "DROP TABLE audit;");
        Migrations migrations = Migrations.create(fixture.config(dir).build());

        try (LogCapture logs = LogCapture.start(); Connection gate = fixture.connect(); Statement s = gate.createStatement()) {
            gate.setAutoCommit(false);
            s.execute("SELECT pg_advisory_xact_lock(4242)");
            CompletableFuture<MigrationResult> run = CompletableFuture.supplyAsync(() -> migrations.upgrade("head"));
            int pid = awaitBackendWaitingOn("SELECT pg_advisory_xact_lock(4242)");
            assertThat(fixture.query("SELECT statements_run FROM migrations_history WHERE revision = 'a2'")).containsExactly("1");

            fixture.sql("SELECT pg_terminate_backend(" + pid + ")");
            assertThatThrownBy(() -> run.get(30, TimeUnit.SECONDS))
                    .isInstanceOf(ExecutionException.class).cause().isInstanceOf(DatabaseException.class);
            gate.rollback();
            fixture.assertNoPassword(logs.lines());
        }

        assertThat(migrations.history()).last().satisfies(h -> {
            assertThat(h.revision()).isEqualTo("a2");
            assertThat(h.unfinished()).isTrue();
            assertThat(h.statementsRun()).isEqualTo(1);
        });
        assertThat(migrations.check("heads").state()).isEqualTo(Verdict.State.FAILED);
        assertThat(fixture.query("SELECT version_num FROM alembic_version")).containsExactly("a1");

        assertThatThrownBy(() -> migrations.upgrade("head"))
                .isInstanceOfSatisfying(UnfinishedRevisionException.class,
                        e -> assertThat(e.entries()).extracting(HistoryEntry::revision).containsExactly("a2"))
                .hasMessageContaining("An earlier run stopped in the middle of a non-transactional revision")
                .hasMessageContaining("upgrade of revision a2 (" + file + "), started ")
                .hasMessageContaining("by " + fixture.user())
                .hasMessageContaining("statements 1-1 of 3 had completed (line 7)")
                .hasMessageContaining("statement 2 (line 8) was running and may have completed too")
                .hasMessageContaining("the version table does not include the revision");
        assertThat(migrations.history()).last().satisfies(h -> {
            assertThat(h.unfinished()).isFalse();
            assertThat(h.error()).startsWith("interrupted: upgrade of revision a2");
        });

        MigrationResult result = migrations.upgrade("head");
        assertThat(result.steps()).hasSize(1);
        assertThat(fixture.query("SELECT version_num FROM alembic_version")).containsExactly("a2");
        assertThat(fixture.indexes(Index.Validity.VALID)).contains("ix_audit");
    }

    /** The pid of our session (named by its application) running {@code query} once it waits on a lock. */
    private static int awaitBackendWaitingOn(String query) throws Exception {
        long deadline = System.nanoTime() + 30_000_000_000L;
        while (System.nanoTime() < deadline) {
            List<String> pids = fixture.query("SELECT pid FROM pg_stat_activity WHERE wait_event_type = 'Lock' "
                    + "AND application_name = 'io.migrations' AND query LIKE '"
                    + query + "%'");
            if (!pids.isEmpty()) {
                return Integer.parseInt(pids.get(0));
            }
            Thread.sleep(20);
        }
        throw new AssertionError("no session waited on " + query);
    }
}
