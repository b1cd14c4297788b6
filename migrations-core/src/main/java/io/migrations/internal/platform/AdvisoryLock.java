package io.migrations.internal.platform;

import io.migrations.api.LockException;
import io.migrations.api.Session;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
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

    /**
     * The key of the migration lock for a version table, as {@code pg_locks} shows it ({@code classid << 32 | objid}):
     * a stable 64-bit hash of the schema-qualified name, which callers give as the server resolved it.
     */
    public static long keyFor(TableName table) {
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
        new LockWait(key, reportEvery).await(connection, timeout,
                () -> LockWait.tryAdvisory(connection, "pg_try_advisory_lock", key));
        return () -> release(connection);
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
