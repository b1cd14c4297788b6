package io.migrations.internal.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.migrations.Migrations;
import io.migrations.MigrationsConfig;
import io.migrations.api.AppliedStep;
import io.migrations.api.LockException;
import io.migrations.api.RunStoppedException;
import io.migrations.api.StepListener;
import io.migrations.api.TransactionPer;
import io.migrations.internal.platform.AdvisoryLock;
import io.migrations.internal.platform.TableName;
import io.migrations.internal.script.RevisionFiles;
import io.migrations.testdb.FreshDatabase;
import io.migrations.testdb.TestDatabase;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * A stop (Ctrl-C, SIGTERM) asked for while a run lasts: the revision in flight commits and no other starts when each
 * revision commits on its own; a run in one transaction finishes; a wait for another run's lock ends at once.
 */
class RunStopTest {

    @RegisterExtension
    static final FreshDatabase DB = new FreshDatabase();

    private final TestDatabase db = DB.get();

    @TempDir
    Path dir;

    @BeforeEach
    void fourRevisions() {
        RevisionFiles files = new RevisionFiles(dir);
        String down = "";
        for (String id : new String[] {"aaa111", "bbb222", "ccc333", "ddd444"}) {
            files.write(id, down, "CREATE TABLE t_" + id + " (id integer);", "DROP TABLE t_" + id + ";");
            down = id;
        }
    }

    @Test
    void aStopDuringARevisionLetsItCommitAndStartsNoOther() throws Exception {
        RunStop stop = new RunStop();
        Migrations migrations = migrations(stop, TransactionPer.REVISION, stopAfterFirst(stop));

        assertThatThrownBy(() -> migrations.upgrade("heads")).isInstanceOf(RunStoppedException.class)
                .hasMessage("Stopped as asked (Ctrl-C or SIGTERM) before upgrade aaa111 -> bbb222, rev bbb222: "
                        + "the revisions this run had started finished and committed, and no other started. Run the "
                        + "same command again to go on.");

        assertThat(db.strings("SELECT version_num FROM alembic_version")).containsExactly("aaa111");
        assertThat(db.strings("SELECT revision || ' ' || success FROM migrations_history ORDER BY id"))
                .containsExactly("aaa111 true");
        assertThat(db.strings("SELECT tablename FROM pg_tables WHERE tablename LIKE 't\\_%'")).containsExactly("t_aaa111");
        assertThat(stop.committed()).isEqualTo(1);
        assertThat(Thread.interrupted()).as("a stop in a revision interrupts nothing").isFalse();

        assertThat(migrations(new RunStop(), TransactionPer.REVISION, StepListener.NONE).upgrade("heads").steps())
                .hasSize(3);
        assertThat(db.strings("SELECT version_num FROM alembic_version")).containsExactly("ddd444");
    }

    @Test
    void aRunInOneTransactionFinishesOnceStarted() throws Exception {
        RunStop stop = new RunStop();

        assertThat(migrations(stop, TransactionPer.RUN, stopAfterFirst(stop)).upgrade("heads").steps()).hasSize(4);
        assertThat(db.strings("SELECT version_num FROM alembic_version")).containsExactly("ddd444");
    }

    @Test
    void aStopEndsTheWaitForAnotherRunsLockAtOnceAndChangesNothing() throws Exception {
        try (Connection other = db.connect(); PreparedStatement lock = other.prepareStatement(
                "SELECT pg_advisory_lock(?)")) {
            lock.setLong(1, AdvisoryLock.keyFor(new TableName("public", "alembic_version")));
            lock.execute();
            CompletableFuture<Throwable> failure = CompletableFuture.supplyAsync(() -> {
                RunStop stop = new RunStop();
                Migrations migrations = migrations(stop, TransactionPer.REVISION, StepListener.NONE);
                CompletableFuture.delayedExecutor(500, TimeUnit.MILLISECONDS).execute(stop::stop);
                try {
                    migrations.upgrade("heads");
                    return null;
                } catch (RuntimeException e) {
                    RuntimeException explained = stop.explain(e);
                    return Thread.currentThread().isInterrupted() ? new AssertionError("interrupt left set") : explained;
                }
            });

            Throwable thrown = failure.get(30, TimeUnit.SECONDS);
            assertThat(thrown).as("ended long before the 5 minutes' lock wait").isInstanceOf(RunStoppedException.class)
                    .hasMessage("Stopped as asked (Ctrl-C or SIGTERM) before the first revision: nothing was changed. "
                            + "Run the same command again to go on.")
                    .hasCauseInstanceOf(LockException.class);
        }
        assertThat(db.strings("SELECT to_regclass('t_aaa111') IS NULL")).containsExactly("t");
    }

    private Migrations migrations(RunStop stop, TransactionPer transactionPer, StepListener own) {
        return Migrations.create(MigrationsConfig.builder().dataSource(db.dataSource()).locations("filesystem:" + dir)
                .transactionPer(transactionPer).lockWaitTimeout(Duration.ofMinutes(5))
                .stepListener(stop.listener(transactionPer, own)).build());
    }

    /** Asks {@code stop} to stop once the first revision has committed, as a Ctrl-C in the middle of it would. */
    private static StepListener stopAfterFirst(RunStop stop) {
        return new StepListener() {
            @Override
            public void afterStep(AppliedStep step) {
                stop.stop();
            }
        };
    }
}
