package io.migrations.internal.engine;

import io.migrations.api.DatabaseException;
import io.migrations.api.InvalidIndex;
import io.migrations.api.InvalidIndexException;
import io.migrations.api.LockTimeoutException;
import io.migrations.api.Session;
import io.migrations.api.Timeouts;
import io.migrations.api.TransactionPer;
import io.migrations.internal.platform.Database;
import io.migrations.internal.platform.Sessions;
import java.sql.SQLException;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Turns a revision's final failure into the exception the caller sees: what failed and where, what
 * stayed applied, who blocked it, and what to do next.
 */
final class FailureReport {

    private static final String QUERY_CANCELED = "57014";
    /** PostgreSQL's {@code out_of_memory}, which a full lock table raises as "out of shared memory". */
    private static final String OUT_OF_MEMORY = "53200";
    /** How many revisions rolled back with the failing one an error names. */
    private static final int NAMED = 5;

    private final Work work;
    private final RevisionFailure failure;
    private final List<Session> blockers;
    private final Timeouts timeouts;
    private final Database database;
    private final int attempts;
    private final RunTransaction.RolledBack undone;

    /**
     * @param blockers sessions last seen blocking the failing statement
     * @param attempts how many times the revision was tried
     * @param undone   what the rollback of a transactional revision undid
     */
    FailureReport(Work work, RevisionFailure failure, List<Session> blockers, RunContext context, int attempts,
                  RunTransaction.RolledBack undone) {
        this.work = work;
        this.failure = failure;
        this.blockers = blockers;
        this.timeouts = context.timeouts();
        this.database = context.database();
        this.attempts = attempts;
        this.undone = undone;
    }

    /** The exception to throw; its first line is what the history table records. */
    DatabaseException exception() {
        String message = work.describe(failure.statement()) + " failed: " + problem() + ownWrite() + cause()
                + statement() + blocked() + invalidIndexes() + outcome();
        String revision = work.step().revision().isPresent() ? work.id() : null;
        SQLException sql = failure.sqlException();
        if (!failure.invalidIndexes().isEmpty()) {
            return new InvalidIndexException(message, revision, failure.invalidIndexes(), sql);
        }
        if (failure.lockTimedOut()) {
            return new LockTimeoutException(message, revision, blockers, sql);
        }
        return new DatabaseException(message, revision, sql);
    }

    private String problem() {
        SQLException e = failure.sqlException();
        if (e == null) {
            return "it left invalid indexes behind";
        }
        String text = RevisionRun.firstLine(e.getMessage());
        return e.getSQLState() == null ? text : text + " [SQL state " + e.getSQLState() + "]";
    }

    private String ownWrite() {
        return failure.sqlException() instanceof OwnWriteFailure own
                ? "\n  This was the tool's own write, not a statement of the revision: " + own.what() + "."
                : "";
    }

    private String cause() {
        if (failure.lockTimedOut()) {
            String limit = timeouts.lockTimeout() == null ? "its lock wait limit (e.g. NOWAIT)"
                    : "lock-timeout (" + timeouts.lockTimeout().toMillis() + " ms)";
            return "\n  The statement waited longer than " + limit + " for a lock"
                    + (attempts > 1 ? ", on each of " + attempts + " attempts" : "") + ".";
        }
        if (lockTableFull()) {
            return "\n  The server's lock table is full: a transaction keeps a lock on every table and index it "
                    + "creates or alters until it ends, and all sessions share room for max_locks_per_transaction x "
                    + "(max_connections + max_prepared_transactions) locks"
                    + (undone.per() == TransactionPer.RUN ? ". This run put " + (undone.with().size() + 1)
                    + " revisions in one transaction: run with transaction-per revision," : ". Split the revision,")
                    + " or raise max_locks_per_transaction (the server must restart).";
        }
        if (canceled() && timeouts.statementTimeout() != null) {
            return "\n  The statement ran longer than statement-timeout (" + timeouts.statementTimeout().toMillis()
                    + " ms), or was cancelled.";
        }
        return "";
    }

    private boolean lockTableFull() {
        SQLException e = failure.sqlException();
        return e != null && OUT_OF_MEMORY.equals(e.getSQLState()) && String.valueOf(e.getMessage()).contains("shared memory");
    }

    private boolean canceled() {
        SQLException e = failure.sqlException();
        return e != null && QUERY_CANCELED.equals(e.getSQLState());
    }

    private String statement() {
        return failure.statement() == null ? "" : "\n  statement: " + abbreviate(failure.statement().sql());
    }

    private String blocked() {
        if (!failure.lockTimedOut() && !(canceled() && !blockers.isEmpty())) {
            return "";
        }
        if (blockers.isEmpty()) {
            return "\n  The blocking sessions could not be identified (they ended first, or no second connection was "
                    + "available to look them up); run the command again.";
        }
        return "\n  Blocked by: " + Sessions.describe(blockers) + ".\n  " + Sessions.howToEnd(blockers)
                + ", or raise lock-timeout or lock-retries.";
    }

    private String invalidIndexes() {
        List<InvalidIndex> invalid = failure.invalidIndexes();
        if (invalid.isEmpty()) {
            return "";
        }
        return "\n  It left invalid index(es) " + invalid.stream().map(InvalidIndex::describe).collect(Collectors.joining(", "))
                + ": PostgreSQL keeps maintaining them but never uses them. Drop them with "
                + invalid.stream().map(i -> i.dropSql() + ";").collect(Collectors.joining(" "))
                + " and fix the cause (e.g. duplicate values for a unique index) before running again.";
    }

    private String outcome() {
        String at = work.from();
        if (failure.kept() && failure.ran() > 0) {
            return "\n  This revision is not transactional: statements 1-" + failure.ran() + " of " + work.statements().size()
                    + " ran and stay applied (" + work.lines(failure.ran()) + "); the version table still says " + at
                    + ". Undo or finish them by hand, then run the command again.";
        }
        if (failure.kept()) {
            return "\n  No statement of this non-transactional revision completed; the version table still says " + at
                    + ". Fix the cause and run the command again.";
        }
        if (!database.hasTransactionalDdl() && failure.ran() > 0) {
            return "\n  The revision was rolled back, but " + database.displayName() + " commits DDL at once: what "
                    + "statements 1-" + failure.ran() + " (" + work.lines(failure.ran()) + ") created or altered may "
                    + "stay; the version table still says " + at + ". Undo it by hand, then run the command again.";
        }
        if (undone.per() == TransactionPer.RUN) {
            return "\n  " + rolledBack(undone) + " Fix the cause and run the command again.";
        }
        return "\n  The revision was rolled back; the database stays at " + at + ". Fix the cause and run the command again.";
    }

    /** What the rollback of the run's transaction undid, and where the database stands, in a sentence. */
    static String rolledBack(RunTransaction.RolledBack undone) {
        String at = undone.first().from();
        List<String> ids = undone.with().stream().map(step -> step.step().revision().map(r -> r.id()).orElse("stamp"))
                .toList();
        String with = ids.isEmpty() ? "" : " (" + ids.size() + " earlier revision(s) in the same transaction: " + String.join(", ", ids.subList(0, Math.min(NAMED, ids.size())))
                + (ids.size() > NAMED ? " and " + (ids.size() - NAMED) + " more" : "") + ")";
        return undone.wholeRun()
                ? "The whole run was rolled back" + with + "; the database is still at " + at + "."
                : "The run's transaction since " + at + " was rolled back" + with + "; the revisions before it had "
                        + "committed, so the database is now at " + at + ".";
    }

    private static String abbreviate(String sql) {
        String flat = sql.replaceAll("\\s+", " ").trim();
        return flat.length() <= 300 ? flat : flat.substring(0, 297) + "...";
    }
}
