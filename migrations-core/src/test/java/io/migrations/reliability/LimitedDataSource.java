package io.migrations.reliability;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Logger;
import javax.sql.DataSource;

/** Hands out a fixed number of real connections, then refuses like a server at its connection limit. */
final class LimitedDataSource implements DataSource {

    private final DataSource real;
    private final AtomicInteger left;

    LimitedDataSource(DataSource real, int connections) {
        this.real = real;
        this.left = new AtomicInteger(connections);
    }

    @Override
    public Connection getConnection() throws SQLException {
        if (left.getAndDecrement() <= 0) {
            throw new SQLException("FATAL: sorry, too many clients already", "53300");
        }
        return real.getConnection();
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        return getConnection();
    }

    @Override
    public PrintWriter getLogWriter() {
        return null;
    }

    @Override
    public void setLogWriter(PrintWriter out) {
        // Nothing is logged through DriverManager.
    }

    @Override
    public void setLoginTimeout(int seconds) {
        // The real data source keeps its own.
    }

    @Override
    public int getLoginTimeout() {
        return 0;
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException();
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
        throw new SQLException("not a wrapper");
    }

    @Override
    public boolean isWrapperFor(Class<?> type) {
        return false;
    }
}
