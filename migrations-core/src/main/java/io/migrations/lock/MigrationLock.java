package io.migrations.lock;

import java.time.Duration;

/** Keeps concurrent migration runs on one database apart. */
public interface MigrationLock {

    /**
     * Blocks until the lock is held or {@code timeout} has passed.
     *
     * @throws LockException when the timeout passes; the message names the holder
     */
    Held acquire(Duration timeout);

    /** A held lock; closing releases it. */
    interface Held extends AutoCloseable {
        @Override
        void close();
    }
}
