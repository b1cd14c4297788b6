package io.migrations.internal.engine;

import io.migrations.api.InvalidIndex;
import io.migrations.api.Revision;
import io.migrations.internal.bookkeeping.HistoryRecord;
import io.migrations.internal.bookkeeping.HistoryTable;
import io.migrations.internal.plan.VersionOp;
import io.migrations.internal.platform.BlockerWatch;
import io.migrations.internal.platform.Database;
import io.migrations.internal.sql.Statement;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs one revision, possibly in several attempts, on the migration's connection: a transactional
 * revision with its version and history rows in the transaction the {@link RunTransaction} gives it (its own, or
 * the run's); a non-transactional one statement by statement in autocommit, with an unfinished history row that
 * counts the statements as they complete, then its version and history rows in a short transaction.
 */
final class RevisionRun {

    private static final Logger log = LoggerFactory.getLogger(RevisionRun.class);

    private static final String PUTTING_BACK = "putting back the session settings";

    private final RunContext context;
    private final Connection connection;
    private final BlockerWatch watch;
    private final Work work;
    private long started = System.nanoTime();
    private final long rowId;
    private final List<InvalidIndex> invalidBefore;
    private final TransactionGuard guard;
    private final Set<String> expected;
    private final RunTransaction transaction;

    private RevisionRun(RunContext context, Connection connection, BlockerWatch watch, Work work, long rowId,
                        List<InvalidIndex> invalidBefore, TransactionGuard guard, Set<String> expected,
                        RunTransaction transaction) {
        this.context = context;
        this.connection = connection;
        this.watch = watch;
        this.work = work;
        this.rowId = rowId;
        this.invalidBefore = invalidBefore;
        this.guard = guard;
        this.expected = expected;
        this.transaction = transaction;
    }

    /**
     * Prepares a run; for a non-transactional revision this writes its unfinished history row.
     *
     * @param guard    runs at the start of each transactional attempt
     * @param expected the version table rows the step was planned from
     * @param transaction where a transactional attempt's transaction begins and ends
     */
    static RevisionRun begin(RunContext context, Connection connection, BlockerWatch watch, Work work,
                             TransactionGuard guard, Set<String> expected, RunTransaction transaction)
            throws SQLException {
        if (work.transactional()) {
            return new RevisionRun(context, connection, watch, work, -1, List.of(), guard, expected, transaction);
        }
        connection.setAutoCommit(true);
        List<InvalidIndex> invalid = context.database().invalidIndexes(connection);
        long row = context.history().start(connection, record(work, 0, true, 0, null));
        return new RevisionRun(context, connection, watch, work, row, invalid, guard, expected, transaction);
    }

    /** Elapsed time since {@link #begin}, less what {@link #startedLater} took off. */
    Duration elapsed() {
        return Duration.ofNanos(System.nanoTime() - started);
    }

    /**
     * Takes {@code earlier} off the elapsed time: what the revisions sent before this one in the same batch took,
     * since a revision of a chain begins before they run.
     */
    void startedLater(Duration earlier) {
        started += earlier.toNanos();
    }

    /**
     * One attempt; on failure the database is as the attempt left it and nothing is recorded yet.
     *
     * @throws StaleStep when the guard finds the version table moved; the attempt is rolled back
     */
    void attempt() throws RevisionFailure {
        try {
            if (work.transactional()) {
                runTransactional();
            } else {
                runNonTransactional();
            }
        } finally {
            restoreSession();
        }
    }

    /**
     * Records a final failure in the history table, after the run's transaction was rolled back; a failure to record
     * is logged, not thrown.
     *
     * @param error the error as reported to the caller; its first line is stored
     */
    void recordFailure(RevisionFailure failure, String error) {
        HistoryRecord failed = record(work, elapsed().toMillis(), false, failure.kept() ? failure.ran() : 0,
                firstLine(error));
        try {
            connection.setAutoCommit(true);
            if (work.transactional()) {
                context.history().insert(connection, failed);
            } else {
                context.history().finish(connection, rowId, failed);
            }
        } catch (SQLException e) {
            log.warn("Could not record the failure in {}: {}{}", context.history().table(), e.getMessage(),
                    work.transactional() ? "" : "; the next run will report revision " + work.id() + " as interrupted");
        }
    }

    private void runTransactional() throws RevisionFailure {
        boolean batches = context.database().batchesTransactionalRevisions();
        boolean together = batches && transaction.beginsWith(work);
        Pipeline pipeline = new Pipeline(connection, watch, work::describeTogether, batches);
        try {
            transaction.begin(work);
            if (!guard.enter(connection, expected)) {
                transaction.abort();
                throw new StaleStep();
            }
            queueWork(pipeline);
            boolean committed = false;
            if (together) {
                committed = recordWith(pipeline, HistoryTable.Timing.SINCE_TRANSACTION_START,
                        transaction.endsWithRevision());
            } else if (batches) {
                // In a transaction begun before this revision, the database cannot tell its duration: measure it here.
                pipeline.flush();
                recordWith(pipeline, HistoryTable.Timing.AS_RECORDED, false);
            } else {
                pipeline.flush();
                OwnWriteFailure.naming(recordingVersion(), () -> context.versions().apply(connection,
                        work.step().versionOps()));
                OwnWriteFailure.naming(recordingRun(), () -> context.history().insert(connection,
                        record(work, elapsed().toMillis(), true, pipeline.ran(), null)));
            }
            if (committed) {
                transaction.committedWithRevision();
            } else {
                transaction.end();
            }
        } catch (SQLException e) {
            transaction.abort();
            throw new RevisionFailure(pipeline.failed(), pipeline.ran(), false, List.of(), e);
        }
    }

    /**
     * Queues all of this transactional revision, for a {@link RevisionChain} whose transactions the caller begins:
     * its timeouts, statements and session put back, its version rows checked in the database, its history row timed
     * by the database, and its commit.
     *
     * @param checkedVersionSql the version table's changes as {@link RunContext#checkedVersionSql} gives them
     */
    void queueCommitted(Pipeline pipeline, List<String> checkedVersionSql) throws SQLException {
        queueWork(pipeline);
        queueRecords(pipeline, HistoryTable.Timing.SINCE_TRANSACTION_START, checkedVersionSql);
        pipeline.addCommit();
    }

    private void queueWork(Pipeline pipeline) throws SQLException {
        context.timeoutStatements(Database.Scope.TRANSACTION)
                .forEach(sql -> pipeline.addBookkeeping(sql, "setting the timeouts"));
        for (Statement statement : work.statements()) {
            pipeline.add(statement);
        }
        context.sessionReset().forEach(sql -> pipeline.addBookkeeping(sql, PUTTING_BACK));
    }

    private void queueRecords(Pipeline pipeline, HistoryTable.Timing timing, List<String> versionSql) {
        versionSql.forEach(sql -> pipeline.addBookkeeping(sql, recordingVersion()));
        pipeline.addBookkeeping(context.history().insertSql(record(work, elapsed().toMillis(), true,
                work.statements().size(), null), timing), recordingRun());
    }

    /**
     * Queues the version and history rows behind what is queued of the revision and sends them all; when the
     * revision began the transaction, the history row's duration is the database's time since then, since the row
     * travels with the work. When {@code commit} allows it and the database checks the version rows itself, the
     * commit travels with them too, saving a round trip per revision.
     *
     * @return whether the transaction was committed
     */
    private boolean recordWith(Pipeline pipeline, HistoryTable.Timing timing, boolean commit) throws SQLException {
        List<VersionOp> ops = work.step().versionOps();
        Optional<List<String>> checked = commit ? context.checkedVersionSql(ops) : Optional.empty();
        queueRecords(pipeline, timing, checked.orElseGet(() -> ops.stream().map(context.versions()::literalSql)
                .toList()));
        if (checked.isPresent()) {
            pipeline.addCommit();
            pipeline.flush();
            return true;
        }
        int[] counts = pipeline.flush();
        int first = counts.length - 1 - ops.size();
        for (int i = 0; i < ops.size(); i++) {
            int index = i;
            OwnWriteFailure.naming(recordingVersion(),
                    () -> context.versions().requireOneRow(ops.get(index), counts[first + index]));
        }
        return false;
    }

    private void runNonTransactional() throws RevisionFailure {
        Pipeline pipeline = new Pipeline(connection, watch, work::describeTogether, false);
        try {
            OwnWriteFailure.naming("setting the timeouts",
                    () -> context.applyTimeouts(connection, Database.Scope.SESSION));
            for (Statement statement : work.statements()) {
                pipeline.add(statement);
                OwnWriteFailure.naming("counting the completed statements in " + context.history().table(),
                        () -> context.history().progress(connection, rowId, pipeline.ran()));
            }
            OwnWriteFailure.naming("resetting the timeouts", () -> context.resetTimeouts(connection));
            OwnWriteFailure.naming(PUTTING_BACK, () -> context.resetSession(connection));
            List<InvalidIndex> left = invalidIndexesLeft();
            if (!left.isEmpty()) {
                throw new RevisionFailure(null, pipeline.ran(), true, left, null);
            }
            connection.setAutoCommit(false);
            OwnWriteFailure.naming(recordingVersion(), () -> context.versions().apply(connection,
                    work.step().versionOps()));
            OwnWriteFailure.naming(recordingRun(), () -> context.history().finish(connection, rowId,
                    record(work, elapsed().toMillis(), true, pipeline.ran(), null)));
            connection.commit();
        } catch (SQLException e) {
            rollback();
            throw new RevisionFailure(pipeline.failed(), pipeline.ran(), true, invalidIndexesAfterFailure(), e);
        }
    }

    private String recordingVersion() {
        return "recording the version in " + context.versions().table();
    }

    private String recordingRun() {
        return "recording the run in " + context.history().table();
    }

    /**
     * Invalid indexes this revision is answerable for: new ones, and older ones its statements name
     * (a {@code CREATE INDEX CONCURRENTLY IF NOT EXISTS} succeeds without repairing an invalid index).
     */
    private List<InvalidIndex> invalidIndexesLeft() throws SQLException {
        return context.database().invalidIndexes(connection).stream()
                .filter(index -> !invalidBefore.contains(index) || mentioned(index.name()))
                .toList();
    }

    private List<InvalidIndex> invalidIndexesAfterFailure() {
        try {
            connection.setAutoCommit(true);
            return invalidIndexesLeft();
        } catch (SQLException e) {
            log.debug("Could not look for invalid indexes: {}", e.getMessage());
            return List.of();
        }
    }

    private boolean mentioned(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return work.statements().stream().anyMatch(s -> s.sql().toLowerCase(Locale.ROOT).contains(lower));
    }

    private void rollback() {
        try {
            if (!connection.isClosed() && !connection.getAutoCommit()) {
                connection.rollback();
            }
        } catch (SQLException e) {
            log.warn("Rollback failed: {}", e.getMessage());
        }
    }

    /** Leaves the connection in autocommit with the server's timeouts, whatever happened. */
    private void restoreSession() {
        try {
            if (connection.isClosed()) {
                return;
            }
            if (work.transactional()) {
                transaction.afterAttempt();
                return;
            }
            rollback();
            connection.setAutoCommit(true);
            context.resetTimeouts(connection);
            context.resetSession(connection);
        } catch (SQLException e) {
            log.debug("Could not restore the session: {}", e.getMessage());
        }
    }

    private static HistoryRecord record(Work work, long ms, boolean success, int ran, String error) {
        Revision revision = work.step().revision().orElse(null);
        return new HistoryRecord(revision == null ? null : revision.id(), work.step().from(), work.step().direction(),
                revision == null ? "" : revision.message(), work.script() == null ? null : work.script().checksum(),
                ms, success, ran, error);
    }

    static String firstLine(String text) {
        if (text == null) {
            return "(no message)";
        }
        int nl = text.indexOf('\n');
        return nl < 0 ? text : text.substring(0, nl);
    }
}
