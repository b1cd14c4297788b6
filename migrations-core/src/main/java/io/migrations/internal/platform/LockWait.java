package io.migrations.internal.platform;

import io.migrations.api.LockException;
import io.migrations.api.Session;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Waits for an advisory lock by trying it with growing pauses, logging who holds it every {@code reportEvery} and
 * failing after the timeout with the holders and how to end them. Polling rather than a blocking call keeps the wait
 * interruptible and the holders reported, for session and transaction locks alike.
 */
final class LockWait {

    private static final Logger log = LoggerFactory.getLogger(LockWait.class);
    private static final long MAX_PAUSE_MS = 1000;

    /** One try of the lock. */
    @FunctionalInterface
    interface Attempt {
        boolean tryOnce() throws SQLException;
    }

    private final long key;
    private final Duration reportEvery;

    LockWait(long key, Duration reportEvery) {
        this.key = key;
        this.reportEvery = reportEvery;
    }

    /** @throws LockException after {@code timeout}, when interrupted, or when the database fails */
    void await(Connection connection, Duration timeout, Attempt attempt) {
        Instant start = Instant.now();
        Instant deadline = start.plus(timeout);
        Instant nextReport = start.plus(reportEvery);
        long pause = 50;
        try {
            while (!attempt.tryOnce()) {
                Instant now = Instant.now();
                if (!now.isBefore(deadline)) {
                    String holders = describeHolders(connection);
                    throw new LockException("Timed out after " + timeout.toSeconds() + " s waiting for the migration lock "
                            + "(advisory lock " + key + "), held by " + holders + ". If that run is still migrating, wait for it; "
                            + "if it is stuck, end it with SELECT pg_terminate_backend(<pid>), or raise lock-wait-timeout.",
                            holders, null);
                }
                if (!now.isBefore(nextReport)) {
                    log.info("Waiting for the migration lock (advisory lock {}) for {} s; held by {}", key,
                            Duration.between(start, now).toSeconds(), describeHolders(connection));
                    nextReport = now.plus(reportEvery);
                }
                Thread.sleep(Math.min(pause, Math.max(1, Duration.between(now, deadline).toMillis())));
                pause = Math.min(pause * 2, MAX_PAUSE_MS);
            }
        } catch (SQLException e) {
            throw new LockException("Could not take the migration lock: " + e.getMessage(), null, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LockException("Interrupted while waiting for the migration lock", null, e);
        }
    }

    /** One try of an advisory lock through {@code function}, e.g. {@code pg_try_advisory_lock}. */
    static boolean tryAdvisory(Connection connection, String function, long key) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("SELECT " + function + "(?)")) {
            ps.setLong(1, key);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getBoolean(1);
            }
        }
    }

    private String describeHolders(Connection connection) throws SQLException {
        List<Session> holders = Sessions.holdingAdvisoryLock(connection, key);
        return holders.isEmpty() ? "a session that has just released it" : Sessions.describe(holders);
    }
}
