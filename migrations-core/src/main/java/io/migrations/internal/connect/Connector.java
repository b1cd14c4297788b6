package io.migrations.internal.connect;

import io.migrations.api.ConnectionException.Reason;
import io.migrations.api.ConnectionException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Opens connections with bounded retries and a bounded wait, and turns driver errors into one clear line that names
 * the server (never the password) and the likely fix.
 *
 * <p>Each attempt runs on a short-lived thread of its own and is given up after the connect timeout, whatever the
 * data source does: a server or proxy that accepts TCP but never answers cannot hang the run, and an interrupt (as
 * SIGTERM's shutdown handling sends) ends the wait at once. A connection that arrives after it was given up is closed.
 * A {@link LendingDataSource} guards its own logins, and is asked on the caller's thread.
 */
public final class Connector {

    private static final Logger log = LoggerFactory.getLogger(Connector.class);

    /** How {@link java.sql.DriverManager} begins its message when no driver takes the URL (SQL state 08001). */
    private static final String NO_DRIVER = "no suitable driver";

    private final DataSource dataSource;
    private final Backoff backoff;
    private final Duration timeout;

    /**
     * @param dataSource where to connect
     * @param retries    extra attempts after connection-level failures, for servers still starting
     * @param timeout    how long one attempt may take, login included
     */
    public Connector(DataSource dataSource, Backoff retries, Duration timeout) {
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("The connect timeout must be positive, got " + timeout);
        }
        this.dataSource = dataSource;
        this.backoff = retries;
        this.timeout = timeout;
    }

    /** The data source connections come from. */
    public DataSource dataSource() {
        return dataSource;
    }

    /**
     * Opens a connection, retrying connection-level failures (not wrong passwords or unknown databases).
     *
     * @throws ConnectionException with a one-line explanation when every attempt failed or the wait was interrupted
     */
    public Connection open() {
        for (int attempt = 0; ; attempt++) {
            long start = System.nanoTime();
            try {
                return attempt();
            } catch (SQLException e) {
                Duration took = Duration.ofNanos(System.nanoTime() - start);
                Reason reason = reason(e, took);
                String explanation = explain(e, reason, took);
                if (!backoff.allowsRetryAfter(attempt) || !retryable(e, reason)) {
                    throw new ConnectionException(attempt == 0 ? explanation : explanation + " (gave up after "
                            + (attempt + 1) + " attempts)", reason, e);
                }
                log.warn("Connection attempt {} of {} failed: {}; retrying in {} ms", attempt + 1, backoff.retries() + 1,
                        explanation, backoff.delayAfter(attempt).toMillis());
                pause(attempt);
            }
        }
    }

    /**
     * Starts opening a connection from {@code dataSource} on a daemon thread named {@code threadName}; the future
     * completes with the connection, or with what opening it threw.
     */
    public static CompletableFuture<Connection> openOnThread(DataSource dataSource, String threadName) {
        CompletableFuture<Connection> pending = new CompletableFuture<>();
        Thread opener = new Thread(() -> {
            try {
                pending.complete(dataSource.getConnection());
            } catch (Throwable e) {
                pending.completeExceptionally(e);
            }
        }, threadName);
        opener.setDaemon(true);
        opener.start();
        return pending;
    }

    private Connection attempt() throws SQLException {
        if (dataSource instanceof LendingDataSource) {
            return dataSource.getConnection();
        }
        CompletableFuture<Connection> pending = openOnThread(dataSource, "migrations-connect");
        try {
            return pending.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            throw abandon(pending, new SQLException("the login did not complete", "08001", e));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw abandon(pending, new SQLException("interrupted while connecting", "08001", e));
        } catch (ExecutionException e) {
            throw failureOf(e);
        }
    }

    /**
     * What opening a connection on a thread of its own ({@link #openOnThread}) threw: the driver's SQLException to
     * throw; anything unchecked is thrown from here as it was, anything else wrapped.
     */
    public static SQLException failureOf(ExecutionException e) {
        if (e.getCause() instanceof SQLException sql) {
            return sql;
        }
        if (e.getCause() instanceof RuntimeException runtime) {
            throw runtime;
        }
        throw new IllegalStateException("Opening a connection failed", e.getCause());
    }

    /** Closes the connection if it still arrives, and returns {@code failure}. */
    private static SQLException abandon(CompletableFuture<Connection> pending, SQLException failure) {
        pending.thenAccept(connection -> {
            try {
                connection.close();
            } catch (SQLException e) {
                log.debug("Could not close a connection that arrived after it was given up: {}", e.getMessage());
            }
        });
        return failure;
    }

    private void pause(int attempt) {
        try {
            Thread.sleep(backoff.delayAfter(attempt).toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ConnectionException("Cannot connect to " + where() + ": interrupted while waiting to retry.",
                    Reason.INTERRUPTED, null);
        }
    }

    /** One line saying what failed, where, and what to do. */
    private String explain(SQLException e, Reason reason, Duration took) {
        String prefix = "Cannot connect to " + where() + ": ";
        String detail = redactor().apply(firstLine(e.getMessage())).replaceAll("\\.+$", "");
        return switch (reason) {
            case UNKNOWN_HOST -> prefix + "unknown host (" + detail + "). Check the host name in the database URL.";
            case UNREACHABLE -> prefix + detail + ". Is the database running and reachable on that host and port?";
            case TIMED_OUT -> prefix + "no answer after " + seconds(took.isZero() ? timeout : took) + " (" + detail
                    + "). Check that the host and port are those of a PostgreSQL server that is up and reachable (a stuck "
                    + "proxy or pooler, or a firewall that drops packets, looks like this), or raise the connect timeout.";
            case PASSWORD_REQUIRED -> prefix + detail + ". The server requires a password for this user and none was "
                    + "given: add it to the database URL (user:password@host) or set it separately.";
            case AUTHENTICATION -> prefix + detail + ". Check the user name and password.";
            case SSL_UNSUPPORTED -> prefix + detail + ". The URL requires SSL (sslmode=require or stricter) but the "
                    + "server does not offer it: use sslmode=prefer or sslmode=disable for this server, or enable SSL on it.";
            case UNKNOWN_DATABASE -> prefix + detail + ". Create the database or fix its name in the URL.";
            case INTERRUPTED -> prefix + "interrupted while connecting.";
            case OTHER -> prefix + detail + (detail.toLowerCase(Locale.ROOT).startsWith(NO_DRIVER)
                    ? ". No JDBC driver on the class path takes this URL: check its prefix (jdbc:postgresql://…, "
                    + "postgresql://…), or add the driver of its database." : "");
        };
    }

    private Reason reason(SQLException e, Duration took) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        String message = e.getMessage() == null ? "" : e.getMessage().toLowerCase(Locale.ROOT);
        if (causedBy(e, InterruptedException.class)) {
            return Reason.INTERRUPTED;
        }
        if (causedBy(e, UnknownHostException.class)) {
            return Reason.UNKNOWN_HOST;
        }
        if (causedBy(e, TimeoutException.class) || causedBy(e, SocketTimeoutException.class)
                || state.equals("08001") && message.contains("timed out")) {
            return Reason.TIMED_OUT;
        }
        if (state.equals("28P01") || state.equals("28000")) {
            return Reason.AUTHENTICATION;
        }
        if (state.equals("3D000")) {
            return Reason.UNKNOWN_DATABASE;
        }
        if (state.equals("08004") && (requiresSsl() || message.contains("ssl"))) {
            return Reason.SSL_UNSUPPORTED;
        }
        if (state.equals("08004") && (lacksPassword() || message.contains("no password"))) {
            return Reason.PASSWORD_REQUIRED;
        }
        if (message.startsWith(NO_DRIVER)) {
            return Reason.OTHER;
        }
        if (state.startsWith("08") || causedBy(e, ConnectException.class)) {
            return Reason.UNREACHABLE;
        }
        return Reason.OTHER;
    }

    private boolean requiresSsl() {
        return UrlDataSource.in(dataSource).map(url -> url.url().requiresSsl()).orElse(false);
    }

    private boolean lacksPassword() {
        return UrlDataSource.in(dataSource).map(url -> url.url().password() == null).orElse(false);
    }

    private Redactor redactor() {
        return UrlDataSource.in(dataSource).map(url -> url.url().redactor()).orElse(Redactor.NONE);
    }

    private String where() {
        return DataSourceUrls.describe(dataSource);
    }

    private static boolean retryable(SQLException e, Reason reason) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        return reason == Reason.UNREACHABLE || reason == Reason.TIMED_OUT || state.equals("57P03");
    }

    private static String seconds(Duration duration) {
        long millis = duration.toMillis();
        return millis % 1000 == 0 ? millis / 1000 + " s" : String.format(Locale.ROOT, "%.1f s", millis / 1000.0);
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
