package io.migrations.internal.connect;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * The data source of a run given no database URL: scripts of a {@code from:to} range and a shadow database need no
 * database, and anything that does connect is told how to give one.
 */
public final class NoDatabaseUrl implements DataSource {

    @Override
    public Connection getConnection() {
        return fail();
    }

    @Override
    public Connection getConnection(String username, String password) {
        return fail();
    }

    /** Throws the error of a missing URL. */
    private static Connection fail() {
        DatabaseUrl.parse(null, null, null);
        throw new IllegalStateException("DatabaseUrl.parse accepted a missing URL");
    }

    @Override
    public PrintWriter getLogWriter() {
        return null;
    }

    @Override
    public void setLogWriter(PrintWriter out) {
        // nothing is ever logged
    }

    @Override
    public void setLoginTimeout(int seconds) {
        // nothing connects
    }

    @Override
    public int getLoginTimeout() {
        return 0;
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException("java.util.logging is not used");
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
        throw new SQLException("Not a wrapper for " + type.getName());
    }

    @Override
    public boolean isWrapperFor(Class<?> type) {
        return false;
    }
}
