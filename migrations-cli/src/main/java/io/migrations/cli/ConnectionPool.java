package io.migrations.cli;

import io.migrations.internal.connect.Connector;
import io.migrations.internal.connect.DataSourceBase;
import io.migrations.internal.connect.LendingDataSource;
import io.migrations.internal.platform.Database;
import io.migrations.internal.platform.Databases;
import io.migrations.internal.platform.Poolers;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;

/**
 * At most {@code size} connections to one database, shared by the schema targets of a fleet so that a thousand
 * schemas do not cost three thousand logins. A connection handed back is rolled back; lent again, it is cleared with
 * {@code DISCARD ALL} (settings, search_path, advisory locks, prepared statements) in the same round trip that sets
 * its next schema, so no target sees another's session state. Only schema targets borrow from it, and the fleet
 * checks once, before any of them runs, that the database's connections keep their session ({@code SchemaSessions});
 * so its connections are {@linkplain Poolers.CheckedSession checked sessions}, and no target's run checks again.
 */
final class ConnectionPool implements AutoCloseable {

    /** How long a connection that failed to start a session may take to answer before it counts as lost. */
    private static final int LOST_CHECK_SECONDS = 2;

    private final Connector database;
    private final int size;
    private final Duration wait;
    private final BlockingQueue<Connection> idle = new LinkedBlockingQueue<>();
    private final AtomicInteger open = new AtomicInteger();

    /**
     * @param database opens the pool's connections, with its retries and login timeout
     * @param size     the most connections open at once
     * @param wait     how long a borrower waits for one to come free
     */
    ConnectionPool(Connector database, int size, Duration wait) {
        this.database = database;
        this.size = size;
        this.wait = wait;
    }

    /**
     * Connections with {@code schema} first on the search_path, the rest of the path as the server set it; the name
     * is quoted as the database quotes identifiers and travels as a parameter, never pasted into SQL.
     */
    DataSource forSchema(String schema) {
        return new SchemaDataSource(schema);
    }

    private Connection borrow() throws SQLException {
        Connection connection = idle.poll();
        if (connection == null && open.incrementAndGet() > size) {
            open.decrementAndGet();
            try {
                connection = idle.poll(wait.toMillis(), TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new SQLException("Interrupted while waiting for a connection of the fleet's pool");
            }
            if (connection == null) {
                throw new SQLException("No connection of the fleet's pool (" + size + ") came free within "
                        + wait.toSeconds() + " s");
            }
        } else if (connection == null) {
            try {
                connection = database.open();
            } catch (RuntimeException e) {
                open.decrementAndGet();
                throw e;
            }
        }
        return connection;
    }

    private void giveBack(Connection connection) {
        try {
            if (!connection.isClosed()) {
                if (!connection.getAutoCommit()) {
                    connection.rollback();
                    connection.setAutoCommit(true);
                }
                idle.add(connection);
                return;
            }
        } catch (SQLException e) {
            closeQuietly(connection);
        }
        open.decrementAndGet();
    }

    @Override
    public void close() {
        for (Connection connection = idle.poll(); connection != null; connection = idle.poll()) {
            closeQuietly(connection);
        }
    }

    private static boolean lost(Connection connection) {
        try {
            return connection.isClosed() || !connection.isValid(LOST_CHECK_SECONDS);
        } catch (SQLException e) {
            return true;
        }
    }

    private static void closeQuietly(Connection connection) {
        try {
            connection.close();
        } catch (SQLException e) {
            // the server will drop it
        }
    }

    /** A borrowed connection whose {@code close()} hands it back instead. */
    private Connection lend(Connection real) {
        boolean[] returned = {false};
        return (Connection) Proxy.newProxyInstance(ConnectionPool.class.getClassLoader(),
                new Class<?>[] {Poolers.CheckedSession.class},
                (proxy, method, args) -> {
                    switch (method.getName()) {
                        case "close" -> {
                            if (!returned[0]) {
                                returned[0] = true;
                                giveBack(real);
                            }
                            return null;
                        }
                        case "isClosed" -> {
                            return returned[0] || real.isClosed();
                        }
                        default -> {
                            if (returned[0]) {
                                throw new SQLException("Connection was handed back to the fleet's pool");
                            }
                            try {
                                return method.invoke(real, args);
                            } catch (InvocationTargetException e) {
                                throw e.getCause();
                            }
                        }
                    }
                });
    }

    private final class SchemaDataSource extends DataSourceBase implements LendingDataSource {

        private final String schema;

        SchemaDataSource(String schema) {
            this.schema = schema;
        }

        /**
         * An idle connection may have been lost meanwhile (a restarted server, a terminated backend, an idle timeout):
         * it is dropped and the next one tried, at worst a new login, so that the loss fails no target.
         */
        @Override
        public Connection getConnection() throws SQLException {
            for (int tried = 0; ; tried++) {
                Connection real = borrow();
                try {
                    Database database = Databases.detect(real);
                    database.freshSession(real, database.quoteIdentifier(schema));
                    return lend(real);
                } catch (SQLException | RuntimeException e) {
                    boolean lost = lost(real);
                    closeQuietly(real);
                    open.decrementAndGet();
                    if (!lost || tried >= size) {
                        throw e;
                    }
                }
            }
        }

        @Override
        public Connection getConnection(String username, String password) throws SQLException {
            throw new SQLFeatureNotSupportedException("the fleet's pool connects with the options' user");
        }
    }
}
