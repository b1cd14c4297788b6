package io.migrations.internal.engine;

import io.migrations.api.AppliedStep;
import io.migrations.api.TransactionPer;
import io.migrations.internal.connect.Backoff;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where the transactions of a run's transactional revisions begin and end, per {@link TransactionPer}: around each
 * revision, or around each stretch of consecutive ones, which a non-transactional revision ends. Steps done in the
 * open transaction wait here until it commits. One per run on one connection; not thread-safe.
 */
final class RunTransaction {

    private static final Logger log = LoggerFactory.getLogger(RunTransaction.class);

    private final Connection connection;
    private final TransactionPer per;
    /** A revision that gave up waiting for a lock is run again: in a shared transaction only its savepoint goes back. */
    private final boolean savepoints;
    private final List<AppliedStep> waiting = new ArrayList<>();
    private boolean open;
    private boolean committedBefore;
    private Work first;
    private Savepoint savepoint;

    /** @param lockRetries whether a revision may run again after a lock timeout, which needs a savepoint under RUN */
    RunTransaction(Connection connection, TransactionPer per, Backoff lockRetries) {
        this.connection = connection;
        this.per = per;
        this.savepoints = per == TransactionPer.RUN && lockRetries.retries() > 0;
    }

    /** Opens a transaction for {@code work}, or lets it join the open one. */
    void begin(Work work) throws SQLException {
        if (!open) {
            connection.setAutoCommit(false);
            open = true;
            first = work;
            waiting.clear();
        }
        if (savepoints) {
            savepoint = connection.setSavepoint();
        }
    }

    /** The revision's statements and rows went through: commits them, or keeps them in the run's open transaction. */
    void end() throws SQLException {
        if (per == TransactionPer.REVISION) {
            connection.commit();
            close();
        } else if (savepoint != null) {
            connection.releaseSavepoint(savepoint);
            savepoint = null;
        }
    }

    /** Whether the revision begun last ends the transaction, so that its commit may travel with its statements. */
    boolean endsWithRevision() {
        return per == TransactionPer.REVISION;
    }

    /** The revision's statements and rows went through with its commit (see {@link #endsWithRevision()}). */
    void committedWithRevision() {
        close();
    }

    /** Undoes the attempt of the revision begun last: back to its savepoint, or the whole transaction. */
    void abort() {
        try {
            if (savepoint != null && open) {
                connection.rollback(savepoint);
                savepoint = null;
                return;
            }
        } catch (SQLException e) {
            log.warn("Rollback to the revision's savepoint failed, rolling back the transaction: {}", e.getMessage());
        }
        rollback();
    }

    /** Whether {@link #begin} of {@code work} opens the transaction, or opened it for an earlier attempt. */
    boolean beginsWith(Work work) {
        return !open || first == work;
    }

    /**
     * After each attempt, whatever happened: in a transaction per revision, nothing stays open and the connection goes
     * back to autocommit; the run's transaction stays open for the next revision.
     */
    void afterAttempt() throws SQLException {
        if (per == TransactionPer.REVISION) {
            rollback();
        }
        if (!open && !connection.getAutoCommit()) {
            connection.setAutoCommit(true);
        }
    }

    /**
     * A step finished.
     *
     * @return the steps committed by now: {@code done} when nothing is open, else nothing until {@link #commit()}
     */
    List<AppliedStep> done(AppliedStep done) {
        if (open) {
            waiting.add(done);
            return List.of();
        }
        committedBefore = true;
        return List.of(done);
    }

    /** Commits the open transaction, if any, and returns the steps it held. */
    List<AppliedStep> commit() throws SQLException {
        if (!open) {
            return List.of();
        }
        connection.commit();
        close();
        List<AppliedStep> committed = List.copyOf(waiting);
        waiting.clear();
        committedBefore |= !committed.isEmpty();
        return committed;
    }

    /** Rolls back the open transaction, if any; the steps it held stay known to {@link #rolledBack()}. */
    void rollback() {
        if (!open) {
            return;
        }
        try {
            if (!connection.isClosed()) {
                connection.rollback();
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            log.warn("Rollback failed: {}", e.getMessage());
        }
        close();
    }

    /**
     * What the last rollback undid, for the error: the revision that opened the transaction, the steps done in it,
     * and whether it was the whole run.
     */
    RolledBack rolledBack() {
        return new RolledBack(per, first, List.copyOf(waiting), !committedBefore);
    }

    private void close() {
        open = false;
        savepoint = null;
    }

    /**
     * @param per       the run's transactions
     * @param first     the revision that opened the rolled-back transaction
     * @param with      steps done in it before the one that failed
     * @param wholeRun  whether nothing of the run had committed before it
     */
    record RolledBack(TransactionPer per, Work first, List<AppliedStep> with, boolean wholeRun) {
    }
}
