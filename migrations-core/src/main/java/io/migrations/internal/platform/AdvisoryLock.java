package io.migrations.internal.platform;

import io.migrations.api.LockException;
import io.migrations.api.Session;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
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
 * A PostgreSQL session-level advisory lock on the connection it is given, which the caller keeps idle in
 * autocommit for as long as the lock is held.
 *
 * <p>A session-level lock on an idle connection holds no transaction, so it does not block
 * {@code CREATE INDEX CONCURRENTLY} (which waits for every older transaction), and PostgreSQL releases it
 * when the session ends, also when the process dies. The key is derived from the version table's schema
 * and name, so runs against different version tables do not exclude each other.
 */
public final class AdvisoryLock implements MigrationLock {

    private static final Logger log = LoggerFactory.getLogger(AdvisoryLock.class);
    private static final long MAX_PAUSE_MS = 1000;

    private final long key;
    private final Duration reportEvery;

    /**
     * @param versionTable the version table whose schema and name select the lock key
     * @param reportEvery  how often to log who holds the lock while waiting
     */
    public AdvisoryLock(TableName versionTable, Duration reportEvery) {
        this.key = keyFor(versionTable);
        this.reportEvery = reportEvery;
    }

    /** The advisory lock key, a stable 64-bit hash of the qualified version table name. */
    public long key() {
        return key;
    }

    static long keyFor(TableName table) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256")
                    .digest(("io.migrations:" + table).getBytes(StandardCharsets.UTF_8));
            long value = 0;
            for (int i = 0; i < 8; i++) {
                value = (value << 8) | (hash[i] & 0xff);
            }
            return value;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java runtime", e);
        }
    }

    @Override
    public Held acquire(Connection connection, Duration timeout) {
        try {
            connection.setAutoCommit(true);
        } catch (SQLException e) {
            throw new LockException("Could not prepare the connection for the migration lock: " + e.getMessage(), null, e);
        }
        waitFor(connection, timeout);
        return () -> release(connection);
    }

    private void waitFor(Connection connection, Duration timeout) {
        Instant start = Instant.now();
        Instant deadline = start.plus(timeout);
        Instant nextReport = start.plus(reportEvery);
        long pause = 50;
        try {
            while (!tryLock(connection)) {
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

    private boolean tryLock(Connection connection) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("SELECT pg_try_advisory_lock(?)")) {
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

    private void release(Connection connection) {
        try {
            if (!connection.getAutoCommit()) {
                connection.rollback();
                connection.setAutoCommit(true);
            }
            try (PreparedStatement ps = connection.prepareStatement("SELECT pg_advisory_unlock(?)")) {
                ps.setLong(1, key);
                ps.execute();
            }
        } catch (SQLException e) {
            // The session is gone or broken; its end releases the lock anyway.
            log.debug("Could not release advisory lock {} explicitly: {}", key, e.getMessage());
        }
    }
}
