package io.migrations.internal.fleet;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Ctrl-C (SIGINT, or SIGTERM from a container runtime) during a fleet run: the fleet starts no new target, the
 * targets in flight finish the revision they are running and start no other (when their runs hear
 * {@link Fleet#listenerFor}; a run in one transaction finishes), those not at a revision yet give up
 * ({@link Fleet#stop()}), and the JVM waits until the run has reported ({@link #close()}).
 */
public final class FleetShutdown implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(FleetShutdown.class);
    /** How long Ctrl-C waits for the targets in flight and the report. */
    private static final long SHUTDOWN_WAIT_MINUTES = 10;

    private final Fleet fleet;
    private final CountDownLatch reported = new CountDownLatch(1);
    private final Thread hook;

    /** Watches for shutdown on behalf of {@code fleet}'s run, until {@link #close()}. */
    public FleetShutdown(Fleet fleet) {
        this.fleet = fleet;
        this.hook = new Thread(this::stopOnShutdown, "migrations-fleet-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
    }

    private void stopOnShutdown() {
        fleet.stop();
        log.warn("Stopping the fleet: no new target or revision starts; waiting for the revisions in flight to finish");
        try {
            reported.await(SHUTDOWN_WAIT_MINUTES, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Call once the run has reported: lets a Ctrl-C exit, or removes the hook. */
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
