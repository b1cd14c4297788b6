package io.migrations.cli;

import java.io.PrintWriter;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.IntSupplier;

/**
 * A progress line on a terminal, rewritten once a second: targets done, failed and left, and the rate. Nothing when
 * the output is not a terminal (a CI log, a pipe), where the summary at the end says it all.
 */
final class FleetProgress implements AutoCloseable {

    private final ScheduledExecutorService ticker;
    private final PrintWriter err;

    private FleetProgress(ScheduledExecutorService ticker, PrintWriter err) {
        this.ticker = ticker;
        this.err = err;
    }

    /** Starts the line on {@code err} when the process runs on a terminal. */
    static FleetProgress start(PrintWriter err, int total, IntSupplier done, IntSupplier failed) {
        if (System.console() == null) {
            return new FleetProgress(null, err);
        }
        ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "fleet-progress");
            thread.setDaemon(true);
            return thread;
        });
        long start = System.nanoTime();
        ticker.scheduleAtFixedRate(() -> {
            int finished = done.getAsInt();
            double seconds = Math.max(1e-3, (System.nanoTime() - start) / 1e9);
            err.printf("\rFleet: %d/%d done, %d failed, %d left, %.1f targets/s ", finished, total,
                    failed.getAsInt(), total - finished, finished / seconds);
            err.flush();
        }, 1, 1, TimeUnit.SECONDS);
        return new FleetProgress(ticker, err);
    }

    @Override
    public void close() {
        if (ticker != null) {
            ticker.shutdownNow();
            err.println();
            err.flush();
        }
    }
}
