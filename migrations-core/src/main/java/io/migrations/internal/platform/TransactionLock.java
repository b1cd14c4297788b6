package io.migrations.internal.platform;


import java.sql.Connection;
import java.time.Duration;

/**
 * The migration lock of {@link io.migrations.LockMode#TRANSACTION}: a PostgreSQL transaction-level advisory lock,
 * taken at the start of each revision's transaction and released by its commit or rollback. Unlike a session lock it
 * cannot stay behind on a server connection a pooler hands to someone else, so it works through poolers in
 * transaction mode. Same key as {@link AdvisoryLock} for the same version table.
 */
public final class TransactionLock {

    private final long key;
    private final Duration reportEvery;

    /**
     * @param versionTable the version table as the server resolved it, whose schema and name select the key
     * @param reportEvery  how often to log who holds the lock while waiting
     */
    public TransactionLock(TableName versionTable, Duration reportEvery) {
        this.key = AdvisoryLock.keyFor(versionTable);
        this.reportEvery = reportEvery;
    }

    /**
     * Waits until the connection's current transaction holds the lock, or {@code timeout} has passed.
     *
     * @param connection a connection inside a transaction (autocommit off)
     * @throws LockException when the timeout passes (naming the holder) or the wait is interrupted
     */
    public void acquire(Connection connection, Duration timeout) {
        new LockWait(key, reportEvery).await(connection, timeout,
                () -> LockWait.tryAdvisory(connection, "pg_try_advisory_xact_lock", key));
    }
}
