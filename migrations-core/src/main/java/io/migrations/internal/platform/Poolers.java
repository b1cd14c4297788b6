package io.migrations.internal.platform;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;

/**
 * Finds out whether connections go through a pooler in transaction mode (pgbouncer's {@code pool_mode = transaction},
 * Supabase's pooler on port 6543), where consecutive transactions of one client may run on different server
 * connections, so a session-level lock or {@code SET} would stay behind on a connection someone else gets next.
 */
public final class Poolers {

    private Poolers() {
    }

    /**
     * A connection from a pool whose connections were found, once, to keep their server session (as a fleet's are
     * before its first target runs): {@link #transactionPooling} does not ask again for each run on them.
     */
    public interface CheckedSession extends Connection {
    }

    /** A connection setting to put back when the run is done. */
    @FunctionalInterface
    public interface Restore extends AutoCloseable {
        @Override
        void close() throws SQLException;
    }

    /**
     * Stops pgjdbc from preparing statements on the server for this connection until the returned handle is closed: a
     * pooler in transaction mode may run the next use of a prepared statement on a server connection that does not
     * have it ({@code prepareThreshold=0}). Connections of other drivers are left as they are.
     */
    public static Restore withoutServerSidePreparedStatements(Connection connection) throws SQLException {
        Optional<Pgjdbc> pg = Pgjdbc.of(connection);
        if (pg.isEmpty()) {
            return () -> { };
        }
        Object threshold = pg.get().call("getPrepareThreshold");
        pg.get().call("setPrepareThreshold", int.class, 0);
        return () -> pg.get().call("setPrepareThreshold", int.class, threshold);
    }

    /**
     * Compares the server process behind {@code work} across two of its transactions while {@code other} holds a
     * transaction of its own in between. On a direct connection (or a pooler in session mode) each client keeps its
     * own server process. Behind a pooler in transaction mode, {@code other} is likely handed the server connection
     * {@code work} has just released, and {@code work} then another one; either shows.
     *
     * @param work  a connection in autocommit
     * @param other a second connection to the same database, in autocommit
     * @return what was seen, e.g. {@code backend pid 4711, then 4712}, when a transaction pooler was found
     */
    public static Optional<String> transactionPooling(Connection work, Connection other) throws SQLException {
        if (work instanceof CheckedSession && other instanceof CheckedSession) {
            return Optional.empty();
        }
        int first = Sessions.backendPid(work);
        other.setAutoCommit(false);
        try {
            int borrowed = Sessions.backendPid(other);
            if (borrowed == first) {
                // Checked before asking work again: a pool of one server connection would make that wait for other.
                return Optional.of("two client connections on backend pid " + first);
            }
            int second = Sessions.backendPid(work);
            return first == second ? Optional.empty() : Optional.of("backend pid " + first + ", then " + second);
        } finally {
            other.rollback();
            other.setAutoCommit(true);
        }
    }
}
