package io.migrations.internal.engine;

import io.migrations.api.InvalidIndex;
import io.migrations.api.Revision;
import io.migrations.internal.bookkeeping.HistoryRecord;
import io.migrations.internal.plan.VersionOp;
import io.migrations.internal.platform.BlockerWatch;
import io.migrations.internal.platform.InvalidIndexes;
import io.migrations.internal.sql.Statement;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs one revision, possibly in several attempts, on the migration's connection: a transactional
 * revision in one transaction with its version and history rows; a non-transactional one statement
 * by statement in autocommit, with an unfinished history row that counts the statements as they
 * complete, then its version and history rows in a short transaction.
 */
final class RevisionRun {

    private static final Logger log = LoggerFactory.getLogger(RevisionRun.class);
    private static final String SERVER_DURATION_MS =
            "CAST(EXTRACT(EPOCH FROM clock_timestamp() - transaction_timestamp()) * 1000 AS BIGINT)";

    private final RunContext context;
    private final Connection connection;
    private final BlockerWatch watch;
    private final Work work;
    private final long started = System.nanoTime();
    private final long rowId;
    private final List<InvalidIndex> invalidBefore;

    private RevisionRun(RunContext context, Connection connection, BlockerWatch watch, Work work, long rowId,
                        List<InvalidIndex> invalidBefore) {
        this.context = context;
        this.connection = connection;
        this.watch = watch;
        this.work = work;
        this.rowId = rowId;
        this.invalidBefore = invalidBefore;
    }

    /** Prepares a run; for a non-transactional revision this writes its unfinished history row. */
    static RevisionRun begin(RunContext context, Connection connection, BlockerWatch watch, Work work) throws SQLException {
        if (work.transactional()) {
            return new RevisionRun(context, connection, watch, work, -1, List.of());
        }
        connection.setAutoCommit(true);
        List<InvalidIndex> invalid = context.postgres() ? InvalidIndexes.findAll(connection) : List.of();
        long row = context.history().start(connection, record(work, 0, true, 0, null));
        return new RevisionRun(context, connection, watch, work, row, invalid);
    }

    /** Elapsed time since {@link #begin}. */
    Duration elapsed() {
        return Duration.ofNanos(System.nanoTime() - started);
    }

    /** One attempt; on failure the database is as the attempt left it and nothing is recorded yet. */
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
     * Records a final failure in the history table; a failure to record is logged, not thrown.
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
        boolean together = context.postgres();
        Pipeline pipeline = new Pipeline(connection, watch, work, together);
        try {
            connection.setAutoCommit(false);
            context.timeoutStatements(true).forEach(pipeline::addBookkeeping);
            for (Statement statement : work.statements()) {
                pipeline.add(statement);
            }
            if (together) {
                recordWith(pipeline);
            } else {
                pipeline.flush();
                context.versions().apply(connection, work.step().versionOps());
                context.history().insert(connection, record(work, elapsed().toMillis(), true, pipeline.ran(), null));
            }
            connection.commit();
        } catch (SQLException e) {
            rollback();
            throw new RevisionFailure(pipeline.failed(), pipeline.ran(), false, List.of(), e);
        }
    }

    /**
     * Queues the version and history rows behind the revision's statements and sends them all; the history
     * row's duration is the database's time since the transaction began, since the row travels with the work.
     */
    private void recordWith(Pipeline pipeline) throws SQLException {
        List<VersionOp> ops = work.step().versionOps();
        ops.forEach(op -> pipeline.addBookkeeping(context.versions().literalSql(op)));
        pipeline.addBookkeeping(context.history().insertSql(record(work, 0, true, work.statements().size(), null),
                RevisionRun::postgresText, SERVER_DURATION_MS));
        int[] counts = pipeline.flush();
        int first = counts.length - 1 - ops.size();
        for (int i = 0; i < ops.size(); i++) {
            context.versions().requireOneRow(ops.get(i), counts[first + i]);
        }
    }

    private void runNonTransactional() throws RevisionFailure {
        Pipeline pipeline = new Pipeline(connection, watch, work, false);
        try {
            context.applyTimeouts(connection, false);
            for (Statement statement : work.statements()) {
                pipeline.add(statement);
                context.history().progress(connection, rowId, pipeline.ran());
            }
            context.resetTimeouts(connection);
            List<InvalidIndex> left = invalidIndexesLeft();
            if (!left.isEmpty()) {
                throw new RevisionFailure(null, pipeline.ran(), true, left, null);
            }
            connection.setAutoCommit(false);
            context.versions().apply(connection, work.step().versionOps());
            context.history().finish(connection, rowId, record(work, elapsed().toMillis(), true, pipeline.ran(), null));
            connection.commit();
        } catch (SQLException e) {
            rollback();
            throw new RevisionFailure(pipeline.failed(), pipeline.ran(), true, invalidIndexesAfterFailure(), e);
        }
    }

    /** A PostgreSQL string literal that means the same whatever {@code standard_conforming_strings} says. */
    static String postgresText(String value) {
        return "E'" + value.replace("\\", "\\\\").replace("'", "''") + "'";
    }

    /**
     * Invalid indexes this revision is answerable for: new ones, and older ones its statements name
     * (a {@code CREATE INDEX CONCURRENTLY IF NOT EXISTS} succeeds without repairing an invalid index).
     */
    private List<InvalidIndex> invalidIndexesLeft() throws SQLException {
        if (!context.postgres()) {
            return List.of();
        }
        return InvalidIndexes.findAll(connection).stream()
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
            rollback();
            connection.setAutoCommit(true);
            if (!work.transactional()) {
                context.resetTimeouts(connection);
            }
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
