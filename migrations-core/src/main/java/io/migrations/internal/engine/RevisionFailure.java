package io.migrations.internal.engine;

import io.migrations.api.InvalidIndex;
import io.migrations.internal.sql.Statement;
import java.sql.SQLException;
import java.util.List;

/**
 * One attempt at a revision failed; carries what is needed to decide on a retry and to explain it.
 * Internal to the engine: callers get a {@link io.migrations.api.DatabaseException}.
 */
final class RevisionFailure extends Exception {

    private static final String LOCK_NOT_AVAILABLE = "55P03";

    private final transient Statement statement;
    private final int ran;
    private final boolean kept;
    private final transient List<InvalidIndex> invalidIndexes;

    /**
     * @param statement      the failing statement, or null when the failure came after the statements
     * @param ran            statements that completed
     * @param kept           whether those statements stay applied (non-transactional revision)
     * @param invalidIndexes invalid indexes the attempt left behind
     * @param cause          the database's error, or null when only invalid indexes are wrong
     */
    RevisionFailure(Statement statement, int ran, boolean kept, List<InvalidIndex> invalidIndexes, SQLException cause) {
        super(cause == null ? "invalid indexes left behind" : cause.getMessage(), cause);
        this.statement = statement;
        this.ran = ran;
        this.kept = kept;
        this.invalidIndexes = List.copyOf(invalidIndexes);
    }

    Statement statement() {
        return statement;
    }

    int ran() {
        return ran;
    }

    boolean kept() {
        return kept;
    }

    List<InvalidIndex> invalidIndexes() {
        return invalidIndexes;
    }

    SQLException sqlException() {
        return (SQLException) getCause();
    }

    /** The statement waited too long for a lock. */
    boolean lockTimedOut() {
        return getCause() instanceof SQLException e && LOCK_NOT_AVAILABLE.equals(e.getSQLState());
    }

    /** Running the revision again cannot double-apply anything: nothing stayed applied and nothing was left behind. */
    boolean retryable() {
        return lockTimedOut() && (!kept || ran == 0) && invalidIndexes.isEmpty();
    }
}
