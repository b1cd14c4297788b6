package io.migrations.internal.platform;

import java.sql.Connection;
import java.time.Duration;

/** Keeps concurrent migration runs on one database apart. */
public interface MigrationLock {

    /**
     * Blocks until the lock is held by {@code connection}'s session or {@code timeout} has passed.
     *
     * @param connection a connection reserved for the lock, idle in autocommit; the lock lives as long as its session
     * @throws LockException when the timeout passes; the message names the holder
     */
    Held acquire(Connection connection, Duration timeout);

    /** A held lock; closing releases it and leaves the connection open. */
    interface Held extends AutoCloseable {
        @Override
        void close();
    }
}
