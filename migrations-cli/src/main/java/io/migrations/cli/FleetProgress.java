package io.migrations.cli;

import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.IntSupplier;

/**
 * A progress line at the bottom of a terminal's stderr, below the log lines, rewritten once a second: targets done,
 * failed and left, and the rate. Nothing when the output is not a terminal (a CI log, a pipe), where the summary at
 * the end says it all.
 */
final class FleetProgress implements AutoCloseable {

    private final ScheduledExecutorService ticker;

    private FleetProgress(ScheduledExecutorService ticker) {
        this.ticker = ticker;
    }

    /** Starts the line when the process runs on a terminal. */
    static FleetProgress start(int total, IntSupplier done, IntSupplier failed) {
        if (System.console() == null) {
            return new FleetProgress(null);
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
            CliLogging.footer(String.format(Locale.ROOT, "Fleet: %d/%d done, %d failed, %d left, %.1f targets/s",
                    finished, total, failed.getAsInt(), total - finished, finished / seconds));
        }, 1, 1, TimeUnit.SECONDS);
        return new FleetProgress(ticker);
    }

    /** Stops the line and erases it: the summary follows. */
    @Override
    public void close() {
        if (ticker != null) {
            ticker.shutdownNow();
            try {
                ticker.awaitTermination(1, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            CliLogging.footer(null);
        }
    }
}
