package io.migrations.internal.connect;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Optional;
import java.util.Properties;
import javax.sql.DataSource;

/**
 * A {@link DataSource} that opens a new driver connection for every request. Enough for a migration
 * run, which needs at most two connections (one for the lock, one for the work).
 */
public final class UrlDataSource extends DataSourceBase {

    /** The {@code application_name} of sessions opened without one in the URL. */
    public static final String APPLICATION_NAME = "io.migrations";

    private final DatabaseUrl url;

    public UrlDataSource(DatabaseUrl url) {
        this.url = url;
    }

    /**
     * The {@code UrlDataSource} that {@code dataSource} is, or wraps (found through JDBC's {@code unwrap}, as Spring's
     * {@code DelegatingDataSource} and the pools answer it): whatever sits around it, its password stays known to the
     * redaction of driver messages, and its URL to the descriptions of the database.
     */
    public static Optional<UrlDataSource> in(DataSource dataSource) {
        if (dataSource instanceof UrlDataSource url) {
            return Optional.of(url);
        }
        try {
            return dataSource != null && dataSource.isWrapperFor(UrlDataSource.class)
                    ? Optional.of(dataSource.unwrap(UrlDataSource.class)) : Optional.empty();
        } catch (SQLException | RuntimeException e) {
            return Optional.empty();
        }
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
        boolean postgres = url.isPostgres();
        if (getLoginTimeout() > 0 && postgres) {
            // The TCP connect, and the whole login after it: a server that takes the connection but never answers
            // would otherwise hold the driver forever. A connect_timeout in the URL takes precedence.
            props.setProperty("connectTimeout", Integer.toString(getLoginTimeout()));
            props.setProperty("loginTimeout", Integer.toString(getLoginTimeout()));
        }
        if (postgres && !url.jdbcUrl().contains("ApplicationName=")) {
            // Names our sessions in pg_stat_activity, so people looking for blockers know who they are.
            props.setProperty("ApplicationName", APPLICATION_NAME);
        }
        return DriverManager.getConnection(url.jdbcUrl(), props);
    }

    /**
     * A timeout as the whole seconds {@link #setLoginTimeout(int)} takes, rounded up so that the driver never gives up
     * before the caller does.
     *
     * @throws IllegalArgumentException when the timeout is not positive
     */
    public static int wholeSeconds(Duration timeout) {
        if (timeout == null || timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("The connect timeout must be positive, got " + timeout);
        }
        return (int) Math.min(Integer.MAX_VALUE, (timeout.toMillis() + 999) / 1000);
    }

    @Override
    public String toString() {
        return "UrlDataSource[" + url.describe() + "]";
    }
}
