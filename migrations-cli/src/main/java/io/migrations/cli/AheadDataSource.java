package io.migrations.cli;

import io.migrations.internal.connect.Connector;
import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * A data source whose first connection starts opening as soon as a command knows it will connect, on a thread of
 * its own, so that the login (and the driver's own start-up) overlaps with reading the revision files: for a command
 * that finds nothing to do, those are most of its run. The first {@link #getConnection()} takes that connection, or
 * the error opening it gave, exactly as a direct call would have; every later call goes to the target.
 */
final class AheadDataSource implements DataSource {

    private final DataSource target;
    private CompletableFuture<Connection> first;

    private AheadDataSource(DataSource target) {
        this.target = target;
    }

    /** A data source over {@code target} that has begun opening its first connection. */
    static AheadDataSource start(DataSource target) {
        AheadDataSource ahead = new AheadDataSource(target);
        ahead.first = Connector.openOnThread(target, "migrations-connect-ahead");
        return ahead;
    }

    @Override
    public Connection getConnection() throws SQLException {
        CompletableFuture<Connection> opening = take();
        if (opening == null) {
            return target.getConnection();
        }
        try {
            return opening.get();
        } catch (InterruptedException e) {
            // Whoever waits gave up (the connect timeout, or Ctrl-C): the connection is not theirs to keep.
            opening.thenAccept(AheadDataSource::closeQuietly);
            Thread.currentThread().interrupt();
            throw new SQLException("interrupted while connecting", "08001", e);
        } catch (ExecutionException e) {
            throw Connector.failureOf(e);
        }
    }

    private synchronized CompletableFuture<Connection> take() {
        CompletableFuture<Connection> opening = first;
        first = null;
        return opening;
    }

    private static void closeQuietly(Connection connection) {
        try {
            connection.close();
        } catch (SQLException ignored) {
            // Nobody holds it, and the process is giving up on it anyway.
        }
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        return target.getConnection(username, password);
    }

    @Override
    public PrintWriter getLogWriter() throws SQLException {
        return target.getLogWriter();
    }

    @Override
    public void setLogWriter(PrintWriter out) throws SQLException {
        target.setLogWriter(out);
    }

    @Override
    public void setLoginTimeout(int seconds) throws SQLException {
        target.setLoginTimeout(seconds);
    }

    @Override
    public int getLoginTimeout() throws SQLException {
        return target.getLoginTimeout();
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        return target.getParentLogger();
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
        return type.isInstance(this) ? type.cast(this) : target.unwrap(type);
    }

    @Override
    public boolean isWrapperFor(Class<?> type) throws SQLException {
        return type.isInstance(this) || target.isWrapperFor(type);
    }
}
