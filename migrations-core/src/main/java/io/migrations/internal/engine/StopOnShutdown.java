package io.migrations.internal.engine;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Ctrl-C (SIGINT, or SIGTERM from a container runtime) while a command runs: asks the run to stop (a
 * {@link RunStop}, or a fleet's) and keeps the JVM alive until the command has reported ({@link #close()}), so that
 * the revisions in flight finish and what happened is printed before the process exits.
 */
public final class StopOnShutdown implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(StopOnShutdown.class);
    /** How long Ctrl-C waits for the revisions in flight and the report. */
    private static final long SHUTDOWN_WAIT_MINUTES = 10;

    private final Runnable stop;
    private final String what;
    private final CountDownLatch reported = new CountDownLatch(1);
    private final Thread hook;

    /**
     * Watches for shutdown until {@link #close()}.
     *
     * @param stop asks the run to stop; called on the shutdown hook's thread
     * @param what what stopping means, for the log line, e.g. {@code no new revision starts}
     */
    public StopOnShutdown(Runnable stop, String what) {
        this.stop = stop;
        this.what = what;
        this.hook = new Thread(this::stopOnShutdown, "migrations-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
    }

    private void stopOnShutdown() {
        stop.run();
        log.warn("Stopping: {}; waiting for the revisions in flight to finish", what);
        try {
            reported.await(SHUTDOWN_WAIT_MINUTES, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Call once the command has reported: lets a Ctrl-C exit, or removes the hook. */
    @Override
    public void close() {
        reported.countDown();
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            // the JVM is shutting down already: the hook returns now that the report is written
        }
    }
}
