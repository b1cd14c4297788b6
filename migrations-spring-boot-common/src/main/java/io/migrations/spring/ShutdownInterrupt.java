package io.migrations.spring;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Interrupts the thread running a migration when the JVM is asked to stop (SIGTERM) while the run lasts.
 *
 * <p>A run started while the application context refreshes holds the context's startup lock, and Spring's shutdown
 * hook waits for that lock before closing anything: a run waiting for a silent server or for another run's lock
 * would keep the process alive until the wait timed out. Interrupted, such a wait ends at once with an error, the
 * start fails and the process exits. A statement already running on the server is not cut short.
 */
public final class ShutdownInterrupt implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(ShutdownInterrupt.class);

    private final Thread hook;

    private ShutdownInterrupt(Thread hook) {
        this.hook = hook;
    }

    /**
     * Starts watching for shutdown on behalf of the calling thread, until {@link #close()}.
     *
     * @param what names the work in the log line, e.g. {@code the upgrade to heads}
     */
    public static ShutdownInterrupt forCurrentThread(String what) {
        Thread runner = Thread.currentThread();
        Thread hook = new Thread(() -> {
            log.warn("The JVM is shutting down: stopping {}", what);
            runner.interrupt();
        }, "migrations-shutdown");
        try {
            Runtime.getRuntime().addShutdownHook(hook);
        } catch (IllegalStateException e) {
            // Already shutting down: stop at once rather than start waiting.
            runner.interrupt();
        }
        return new ShutdownInterrupt(hook);
    }

    /** Stops watching. */
    @Override
    public void close() {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            // The JVM is already shutting down; the hook has run or is running.
        }
    }
}
