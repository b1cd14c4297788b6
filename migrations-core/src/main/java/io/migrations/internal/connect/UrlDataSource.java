package io.migrations.internal.connect;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.Properties;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * A {@link DataSource} that opens a new driver connection for every request. Enough for a migration
 * run, which needs at most two connections (one for the lock, one for the work).
 */
public final class UrlDataSource implements DataSource {

    /** The {@code application_name} of sessions opened without one in the URL. */
    public static final String APPLICATION_NAME = "io.migrations";

    private final DatabaseUrl url;
    private int loginTimeoutSeconds;

    public UrlDataSource(DatabaseUrl url) {
        this.url = url;
    }

    /** The address this data source connects to. */
    public DatabaseUrl url() {
        return url;
    }

    @Override
    public Connection getConnection() throws SQLException {
        return getConnection(url.user(), url.password());
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        Properties props = new Properties();
        if (username != null) {
            props.setProperty("user", username);
        }
        if (password != null) {
            props.setProperty("password", password);
        }
        boolean postgres = url.jdbcUrl().startsWith("jdbc:postgresql:");
        if (loginTimeoutSeconds > 0 && postgres) {
            props.setProperty("connectTimeout", Integer.toString(loginTimeoutSeconds));
        }
        if (postgres && !url.jdbcUrl().contains("ApplicationName=")) {
            // Names our sessions in pg_stat_activity, so people looking for blockers know who they are.
            props.setProperty("ApplicationName", APPLICATION_NAME);
        }
        return DriverManager.getConnection(url.jdbcUrl(), props);
    }

    @Override
    public PrintWriter getLogWriter() {
        return null;
    }

    @Override
    public void setLogWriter(PrintWriter out) {
        // DriverManager logging is global; a per-data-source writer is not supported.
    }

    @Override
    public void setLoginTimeout(int seconds) {
        this.loginTimeoutSeconds = seconds;
    }

    @Override
    public int getLoginTimeout() {
        return loginTimeoutSeconds;
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException("java.util.logging is not used");
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
        if (type.isInstance(this)) {
            return type.cast(this);
        }
        throw new SQLException("Not a wrapper for " + type.getName());
    }

    @Override
    public boolean isWrapperFor(Class<?> type) {
        return type.isInstance(this);
    }

    @Override
    public String toString() {
        return "UrlDataSource[" + url.describe() + "]";
    }
}
