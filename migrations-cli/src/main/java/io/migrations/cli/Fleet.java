package io.migrations.cli;

import io.migrations.Migrations;
import io.migrations.api.MigrationResult;
import io.migrations.internal.connect.Redactor;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs one change on every target of a fleet, up to {@code --parallel} at once, and stops starting new targets after
 * {@code --max-failures} failures, when a {@code --canary} target fails, or on Ctrl-C (SIGINT/SIGTERM): targets in
 * flight finish their run, so each stays at a revision boundary, and the caller reports before the JVM exits.
 */
final class Fleet implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(Fleet.class);
    /** How long Ctrl-C waits for the targets in flight and the report. */
    private static final long SHUTDOWN_WAIT_MINUTES = 10;

    private final FleetOptions options;
    private final Redactor redactor;
    private final AtomicInteger failures = new AtomicInteger();
    private final AtomicInteger done = new AtomicInteger();
    private final CountDownLatch reported = new CountDownLatch(1);
    private final Thread shutdownHook;
    private volatile boolean interrupted;
    private volatile String stopReason;

    Fleet(FleetOptions options, Redactor redactor) {
        this.options = options;
        this.redactor = redactor;
        this.shutdownHook = new Thread(this::stopOnShutdown, "fleet-shutdown");
        Runtime.getRuntime().addShutdownHook(shutdownHook);
    }

    /** Why the run stopped before every target was started, or null. */
    String stopReason() {
        return stopReason;
    }

    /** Targets finished so far, failed or not, for a progress line. */
    int done() {
        return done.get();
    }

    /** Targets failed so far. */
    int failures() {
        return failures.get();
    }

    /**
     * Runs {@code change} on every target and its {@link Migrations}, in order, canaries first.
     *
     * @return one outcome per target, in the targets' order
     */
    List<FleetOutcome> run(List<FleetTarget> targets, Function<FleetTarget, Migrations> migrations,
                           BiFunction<FleetTarget, Migrations, MigrationResult> change) {
        FleetOutcome[] outcomes = new FleetOutcome[targets.size()];
        ExecutorService workers = Executors.newFixedThreadPool(Math.min(options.parallel, Math.max(1, targets.size())));
        try {
            int canaries = Math.min(options.canary, targets.size());
            runBatch(targets, 0, canaries, outcomes, workers, migrations, change);
            if (canaries > 0 && failures.get() > 0 && stopReason == null) {
                stopReason = "a canary failed (--canary " + options.canary + ")";
            }
            if (stopReason == null) {
                runBatch(targets, canaries, targets.size(), outcomes, workers, migrations, change);
            }
        } finally {
            workers.shutdown();
        }
        for (int i = 0; i < outcomes.length; i++) {
            if (outcomes[i] == null) {
                outcomes[i] = FleetOutcome.notStarted(targets.get(i));
            }
        }
        return Arrays.asList(outcomes);
    }

    private void runBatch(List<FleetTarget> targets, int from, int to, FleetOutcome[] outcomes, ExecutorService workers,
                          Function<FleetTarget, Migrations> migrations,
                          BiFunction<FleetTarget, Migrations, MigrationResult> change) {
        Semaphore slots = new Semaphore(options.parallel);
        List<Future<?>> started = new ArrayList<>();
        for (int i = from; i < to; i++) {
            slots.acquireUninterruptibly();
            if (shouldStop()) {
                slots.release();
                break;
            }
            int index = i;
            started.add(workers.submit(() -> {
                try {
                    outcomes[index] = runOne(targets.get(index), migrations, change);
                } finally {
                    done.incrementAndGet();
                    slots.release();
                }
            }));
        }
        for (Future<?> future : started) {
            try {
                future.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                interrupted = true;
            } catch (java.util.concurrent.ExecutionException e) {
                log.debug("Fleet worker failed", e);
            }
        }
    }

    private boolean shouldStop() {
        if (interrupted) {
            stopReason = "interrupted (Ctrl-C)";
        } else if (failures.get() >= options.maxFailures) {
            stopReason = failures.get() + (failures.get() == 1 ? " target" : " targets") + " failed (--max-failures "
                    + options.maxFailures + ")";
        }
        return stopReason != null;
    }

    private FleetOutcome runOne(FleetTarget target, Function<FleetTarget, Migrations> migrations,
                                BiFunction<FleetTarget, Migrations, MigrationResult> change) {
        long start = System.nanoTime();
        Migrations instance = null;
        try {
            instance = migrations.apply(target);
            MigrationResult result = change.apply(target, instance);
            return new FleetOutcome(target, FleetOutcome.Result.AT_TARGET, result.headsBefore(), result.headsAfter(),
                    result.steps().size(), millisSince(start), null);
        } catch (RuntimeException e) {
            failures.incrementAndGet();
            String error = redactor.withUrl(target.url()).apply(String.valueOf(e.getMessage()));
            log.error("Target {} failed: {}", target.label(), error);
            return new FleetOutcome(target, FleetOutcome.Result.FAILED, null, afterFailure(instance), 0,
                    millisSince(start), error);
        }
    }

    /** Where a failed target stands now, for the report; null when that cannot be read either. */
    private static List<String> afterFailure(Migrations migrations) {
        if (migrations == null) {
            return null;
        }
        try {
            return migrations.current();
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static long millisSince(long start) {
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
    }

    /** Ctrl-C: start no new target, let those in flight finish, and hold the JVM until the report is written. */
    private void stopOnShutdown() {
        interrupted = true;
        log.warn("Stopping the fleet: no new target starts; waiting for the targets in flight to finish");
        try {
            reported.await(SHUTDOWN_WAIT_MINUTES, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Call once the report is written: lets a Ctrl-C exit, or removes the hook. */
    @Override
    public void close() {
        reported.countDown();
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException e) {
            // the JVM is shutting down already: the hook returns now that the report is written
        }
    }
}
