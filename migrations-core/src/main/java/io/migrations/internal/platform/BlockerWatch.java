package io.migrations.internal.platform;

import io.migrations.api.Session;
import io.migrations.api.Timeouts;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * Watches, from a second connection, the statement the migration's session is running: while it
 * waits for a lock, samples {@code pg_blocking_pids} and logs the blocking sessions every report
 * interval, and keeps the last ones seen so a lock-timeout error can name them after the wait ended.
 *
 * <p>The second connection is opened the first time a sample finds a statement still running, not before: most
 * runs' statements end between two samples, and a fleet of a thousand schemas would otherwise open (or borrow) a
 * thousand connections it never uses.
 */
public final class BlockerWatch implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(BlockerWatch.class);
    private static final Duration MIN_SAMPLE = Duration.ofMillis(10);
    private static final Duration MAX_SAMPLE = Duration.ofMillis(250);

    private final Database.Opener opener;
    private final int workPid;
    private final Duration reportEvery;
    private final ScheduledExecutorService timer;
    /** The logging context of the thread that runs the statements (a fleet's target); null when it has none. */
    private final Map<String, String> context;
    private volatile Watched current;
    private volatile Watched last;
    /** Opened by the sampling thread on first need; only that thread uses it until {@link #close}. */
    private volatile Optional<Connection> watcher;
    private volatile boolean closed;

    private BlockerWatch(Database.Opener opener, int workPid, Duration sampleEvery, Duration reportEvery) {
        this.opener = opener;
        this.workPid = workPid;
        this.reportEvery = reportEvery;
        this.context = MDC.getCopyOfContextMap();
        if (opener == null) {
            this.timer = null;
            return;
        }
        this.timer = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "migrations-blocker-watch");
            thread.setDaemon(true);
            return thread;
        });
        long every = sampleEvery.toMillis();
        timer.scheduleWithFixedDelay(this::sample, every, every, TimeUnit.MILLISECONDS);
    }

    /**
     * Starts watching the session of server process {@code workPid} from a connection {@code watcher} opens when first
     * needed, and which this closes when closed. Samples often enough to see blockers before {@code timeouts}' lock
     * timeout ends the wait. Call it on the thread that runs the statements: its lines carry that thread's logging
     * context.
     */
    public static BlockerWatch start(int workPid, Database.Opener watcher, Timeouts timeouts, Duration reportEvery) {
        return new BlockerWatch(watcher, workPid, sampleInterval(timeouts), reportEvery);
    }

    /** Watches nothing: for databases without {@code pg_blocking_pids}. */
    public static BlockerWatch none() {
        return new BlockerWatch(null, 0, MAX_SAMPLE, MAX_SAMPLE);
    }

    static Duration sampleInterval(Timeouts timeouts) {
        Duration lockTimeout = timeouts.lockTimeout();
        if (lockTimeout == null || lockTimeout.isZero()) {
            return MAX_SAMPLE;
        }
        Duration quarter = lockTimeout.dividedBy(4);
        return quarter.compareTo(MIN_SAMPLE) < 0 ? MIN_SAMPLE : quarter.compareTo(MAX_SAMPLE) > 0 ? MAX_SAMPLE : quarter;
    }

    /**
     * Marks the start of a statement; closing the result marks its end.
     *
     * @param what the statement, as people should read it in the log (revision, file and line)
     */
    public Watching watch(String what) {
        Watched watched = new Watched(what, System.nanoTime());
        current = watched;
        last = watched;
        return () -> current = null;
    }

    /** The sessions last seen blocking the most recent statement; empty if none was seen. */
    public List<Session> lastBlockers() {
        Watched watched = last;
        return watched == null ? List.of() : watched.blockers;
    }

    private void sample() {
        Watched watched = current;
        if (watched == null) {
            return;
        }
        if (watcher == null) {
            Optional<Connection> opened = opener.open();
            if (closed) {
                // Closed while connecting, and close may have given up waiting for this thread.
                opened.ifPresent(BlockerWatch::closeQuietly);
                return;
            }
            watcher = opened;
        }
        if (watcher.isEmpty()) {
            return;
        }
        try {
            List<Session> blockers = Sessions.blocking(watcher.get(), workPid);
            if (blockers.isEmpty() || watched != current) {
                return;
            }
            watched.blockers = blockers;
            long now = System.nanoTime();
            if (now - watched.lastReport >= reportEvery.toNanos()) {
                watched.lastReport = now;
                // The line is about the watched run: it carries the run's logging context, not this thread's.
                if (context != null) {
                    MDC.setContextMap(context);
                }
                try {
                    log.warn("{} has waited {} s for a lock held by {}. {}", watched.what,
                            String.format(Locale.ROOT, "%.1f", (now - watched.started) / 1e9),
                            Sessions.describe(blockers), Sessions.howToEnd(blockers));
                } finally {
                    MDC.clear();
                }
            }
        } catch (SQLException e) {
            log.debug("Could not look up blocking sessions: {}", e.getMessage());
        }
    }

    @Override
    public void close() {
        if (timer == null) {
            return;
        }
        closed = true;
        timer.shutdownNow();
        try {
            timer.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            if (watcher != null) {
                watcher.ifPresent(BlockerWatch::closeQuietly);
            }
        }
    }

    private static void closeQuietly(Connection connection) {
        try {
            connection.close();
        } catch (SQLException e) {
            log.debug("Could not close the watch connection: {}", e.getMessage());
        }
    }

    /** The end of a watched statement. */
    @FunctionalInterface
    public interface Watching extends AutoCloseable {
        @Override
        void close();
    }

    /** One statement under watch; written by the sampling thread, read by the running one. */
    private static final class Watched {
        final String what;
        final long started;
        volatile long lastReport;
        volatile List<Session> blockers = List.of();

        Watched(String what, long started) {
            this.what = what;
            this.started = started;
            this.lastReport = started;
        }
    }
}
