package io.migrations.internal.connect;

import io.migrations.api.DatabaseException;
import java.net.ConnectException;
import java.net.UnknownHostException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Opens connections with bounded retries and turns driver errors into one clear line that names
 * the server (never the password) and the likely fix.
 */
public final class Connector {

    private static final Logger log = LoggerFactory.getLogger(Connector.class);

    private final DataSource dataSource;
    private final Backoff backoff;

    /**
     * @param dataSource where to connect
     * @param retries    extra attempts after the first failure, for servers still starting
     * @param firstDelay pause before the first retry; doubles after each, up to 30 s
     */
    public Connector(DataSource dataSource, int retries, Duration firstDelay) {
        this.dataSource = dataSource;
        this.backoff = new Backoff(retries, firstDelay);
    }

    /** The data source connections come from. */
    public DataSource dataSource() {
        return dataSource;
    }

    /**
     * Opens a connection, retrying connection-level failures (not wrong passwords or unknown databases).
     *
     * @throws DatabaseException with a one-line explanation when every attempt failed
     */
    public Connection open() {
        for (int attempt = 0; ; attempt++) {
            try {
                return dataSource.getConnection();
            } catch (SQLException e) {
                String reason = explain(e);
                if (!backoff.allowsRetryAfter(attempt) || !retryable(e)) {
                    throw new DatabaseException(attempt == 0 ? reason : reason + " (gave up after " + (attempt + 1)
                            + " attempts)", e);
                }
                log.warn("Connection attempt {} of {} failed: {}; retrying in {} ms", attempt + 1, backoff.retries() + 1,
                        reason, backoff.delayAfter(attempt).toMillis());
                backoff.pauseAfter(attempt);
            }
        }
    }

    /** One line saying what failed, where, and what to do. */
    public String explain(SQLException e) {
        String where = where();
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        String detail = DatabaseUrl.redact(firstLine(e.getMessage())).replaceAll("\\.+$", "");
        if (causedBy(e, UnknownHostException.class)) {
            return "Cannot connect to " + where + ": unknown host (" + detail + "). Check the host name in the database URL.";
        }
        if (state.equals("28P01") || state.equals("28000")) {
            return "Cannot connect to " + where + ": " + detail + ". Check the user and password (--user/--password or the URL).";
        }
        if (state.equals("3D000")) {
            return "Cannot connect to " + where + ": " + detail + ". Create the database or fix its name in the URL.";
        }
        if (state.startsWith("08") || causedBy(e, ConnectException.class)) {
            return "Cannot connect to " + where + ": " + detail + ". Is the database running and reachable on that host and port?";
        }
        return "Cannot connect to " + where + ": " + detail;
    }

    private String where() {
        return dataSource instanceof UrlDataSource url ? url.url().describe() : "the database";
    }

    private static boolean retryable(SQLException e) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        return (state.startsWith("08") || causedBy(e, ConnectException.class) || state.equals("57P03"))
                && !causedBy(e, UnknownHostException.class);
    }

    private static boolean causedBy(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    private static String firstLine(String text) {
        if (text == null) {
            return "no detail";
        }
        int nl = text.indexOf('\n');
        return nl < 0 ? text : text.substring(0, nl);
    }
}
