package io.migrations.internal.engine;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Set;

/**
 * What happens at the start of each transactional revision's transaction, before its statements: in
 * {@link io.migrations.LockMode#TRANSACTION} the migration lock is taken there and the version table read again under
 * it, so that a revision another run applied meanwhile is not applied twice.
 */
@FunctionalInterface
public interface TransactionGuard {

    /** Nothing: the run holds a session lock for its whole length. */
    TransactionGuard NONE = (connection, expected) -> true;

    /**
     * @param connection inside the revision's transaction
     * @param expected   the version table rows the step was planned from
     * @return false when the version table no longer holds {@code expected}: the step must be planned again
     */
    boolean enter(Connection connection, Set<String> expected) throws SQLException;
}
