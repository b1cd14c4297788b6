package io.migrations.lock;

import io.migrations.db.TableName;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A PostgreSQL session-level advisory lock on a dedicated connection.
 *
 * <p>The connection stays in autocommit and never holds an open transaction, so it does not block
 * {@code CREATE INDEX CONCURRENTLY} (which waits for every older transaction), and PostgreSQL
 * releases the lock by itself when the process dies and its session ends. The key is derived from the
 * version table's schema and name, so runs against different version tables do not exclude each other.
 */
public final class AdvisoryLock implements MigrationLock {

    private static final Logger log = LoggerFactory.getLogger(AdvisoryLock.class);
    private static final Duration REPORT_EVERY = Duration.ofSeconds(5);
    private static final String HOLDERS = "SELECT a.pid, a.usename, a.application_name, a.client_addr, a.backend_start, "
            + "a.state, now() - a.state_change FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid "
            + "WHERE l.locktype = 'advisory' AND l.granted AND l.classid::bigint = ? AND l.objid::bigint = ? AND l.objsubid = 1";

    private final DataSource dataSource;
    private final long key;

    /**
     * @param dataSource  where to open the dedicated lock connection
     * @param versionTable the version table whose schema and name select the lock key
     */
    public AdvisoryLock(DataSource dataSource, TableName versionTable) {
        this.dataSource = dataSource;
        this.key = keyFor(versionTable);
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
    public Held acquire(Duration timeout) {
        Connection connection = open();
        try {
            waitFor(connection, timeout);
            return () -> release(connection);
        } catch (RuntimeException e) {
            closeQuietly(connection);
            throw e;
        }
    }

    private Connection open() {
        try {
            Connection connection = dataSource.getConnection();
            connection.setAutoCommit(true);
            return connection;
        } catch (SQLException e) {
            throw new LockException("Could not open a connection for the migration lock: " + e.getMessage(), null, e);
        }
    }

    private void waitFor(Connection connection, Duration timeout) {
        Instant start = Instant.now();
        Instant deadline = start.plus(timeout);
        Instant nextReport = start.plus(REPORT_EVERY);
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
                    nextReport = now.plus(REPORT_EVERY);
                }
                Thread.sleep(Math.min(pause, Math.max(1, Duration.between(now, deadline).toMillis())));
                pause = Math.min(pause * 2, 1000);
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

    /** Describes the sessions holding the lock: pid, user, application, client, since when, state. */
    String describeHolders(Connection connection) throws SQLException {
        List<String> holders = new ArrayList<>();
        try (PreparedStatement ps = connection.prepareStatement(HOLDERS)) {
            ps.setLong(1, key >>> 32);
            ps.setLong(2, key & 0xffffffffL);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    holders.add("pid " + rs.getInt(1) + " (user " + rs.getString(2) + ", application '" + rs.getString(3)
                            + "', client " + (rs.getString(4) == null ? "local" : rs.getString(4)) + ", connected since "
                            + rs.getTimestamp(5).toInstant() + ", " + rs.getString(6) + " for " + rs.getString(7) + ")");
                }
            }
        }
        return holders.isEmpty() ? "a session that has just released it" : String.join("; ", holders);
    }

    private void release(Connection connection) {
        try (PreparedStatement ps = connection.prepareStatement("SELECT pg_advisory_unlock(?)")) {
            ps.setLong(1, key);
            ps.execute();
        } catch (SQLException e) {
            // Closing the session below releases the lock anyway.
            log.debug("Could not release advisory lock {} explicitly: {}", key, e.getMessage());
        } finally {
            closeQuietly(connection);
        }
    }

    private static void closeQuietly(Connection connection) {
        try {
            connection.close();
        } catch (SQLException e) {
            log.debug("Could not close the lock connection: {}", e.getMessage());
        }
    }
}
