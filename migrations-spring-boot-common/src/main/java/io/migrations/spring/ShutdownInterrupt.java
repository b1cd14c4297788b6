package io.migrations.spring;

import io.migrations.internal.engine.RunStop;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Stops the work of the calling thread when the JVM is asked to stop (SIGTERM) while it lasts: a wait (for a silent
 * server, for another run's lock) ends at once with an error; a run that hears {@link #stop()} through its step
 * listener finishes the revisions in flight and starts no other.
 *
 * <p>A run started while the application context refreshes holds the context's startup lock, and Spring's shutdown
 * hook waits for that lock before closing anything: a run waiting for a silent server or for another run's lock
 * would keep the process alive until the wait timed out, and a run applying revisions would apply every pending one
 * first. Stopped, the start fails and the process exits, the database at a revision boundary. A statement already
 * running on the server is not cut short.
 */
public final class ShutdownInterrupt implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(ShutdownInterrupt.class);

    private final RunStop stop;
    private final Thread hook;

    private ShutdownInterrupt(RunStop stop, Thread hook) {
        this.stop = stop;
        this.hook = hook;
    }

    /**
     * Starts watching for shutdown on behalf of the calling thread, until {@link #close()}.
     *
     * @param what names the work in the log line, e.g. {@code the upgrade to heads}
     */
    public static ShutdownInterrupt forCurrentThread(String what) {
        RunStop stop = new RunStop();
        Thread hook = new Thread(() -> {
            log.warn("The JVM is shutting down: stopping {}", what);
            stop.stop();
        }, "migrations-shutdown");
        try {
            Runtime.getRuntime().addShutdownHook(hook);
        } catch (IllegalStateException e) {
            // Already shutting down: stop at once rather than start waiting.
            stop.stop();
        }
        return new ShutdownInterrupt(stop, hook);
    }

    /** What the shutdown asks to stop, for the step listener of the work. */
    public RunStop stop() {
        return stop;
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
