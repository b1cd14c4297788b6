package io.migrations.internal.fleet;

import io.migrations.api.AppliedStep;
import io.migrations.api.MigrationResult;
import io.migrations.api.PlannedStep;
import io.migrations.api.RunStoppedException;
import io.migrations.api.StepListener;
import io.migrations.api.TransactionPer;
import io.migrations.internal.connect.Redactor;
import io.migrations.internal.engine.RunStop;
import io.migrations.internal.engine.StopOnShutdown;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * Runs one piece of work on every target of a fleet, up to {@link FleetPolicy#parallel()} at once, canaries first,
 * and starts no new target after {@link FleetPolicy#maxFailures()} failures, when a canary fails, or after
 * {@link #stop()}: targets in flight finish their run, or, when their runs hear {@link #listenerFor}, the
 * revision they are running, so each stays at a revision boundary. A target that has not started a revision yet,
 * waiting for another run's lock, say, is interrupted and gives up at once, rather than when its wait times out.
 * One instance per run.
 *
 * <p>While a target runs, the {@linkplain MDC logging context} of its thread holds its label under
 * {@link #TARGET_KEY}, so that every line its run logs can say which target it is about, however many run at once;
 * and the thread's name ends with it ({@code migrations-fleet-2:tenant_7}), for log patterns that print the thread but
 * not the context, Spring Boot's default among them.
 */
public final class Fleet {

    /** The logging context's key for the label of the target a line is about, e.g. {@code tenant_42}. */
    public static final String TARGET_KEY = "migrations.target";

    private static final Logger log = LoggerFactory.getLogger(Fleet.class);
    /** How long one wait of the running thread for its workers lasts; see {@link #awaitSlot}. */
    private static final long WAIT_MILLIS = 100;

    private final FleetPolicy policy;
    private final Redactor redactor;
    private final AtomicInteger failures = new AtomicInteger();
    private final AtomicInteger done = new AtomicInteger();
    private final ThreadLocal<RunStop> progress = new ThreadLocal<>();
    /** The targets running on a worker; guarded by itself. */
    private final Set<RunStop> running = new HashSet<>();
    private volatile boolean stopped;
    private volatile FleetStop stop;
    /** Whether the thread that called {@link #run} was interrupted while it waited for the targets. */
    private boolean callerInterrupted;

    /** @param redactor masks secrets in the errors kept; each database target's URL is masked as well */
    public Fleet(FleetPolicy policy, Redactor redactor) {
        this.policy = policy;
        this.redactor = redactor;
    }

    /** Why the run stopped before every target was started, or null. */
    public FleetStop stopReason() {
        return stop;
    }

    /** Targets finished so far, failed or not, for a progress line. */
    public int done() {
        return done.get();
    }

    /** Targets failed so far. */
    public int failures() {
        return failures.get();
    }

    /**
     * Starts no new target; those in flight finish, and those not at a revision yet are interrupted. Safe from any
     * thread, e.g. a shutdown hook.
     */
    public void stop() {
        stopped = true;
        synchronized (running) {
            running.forEach(RunStop::stop);
        }
    }

    /**
     * Stops this fleet on Ctrl-C or SIGTERM, until closed once the run has reported; see {@link StopOnShutdown}.
     */
    public StopOnShutdown stopOnShutdown() {
        return new StopOnShutdown(this::stop, "no new target or revision starts");
    }

    /**
     * The step listener of a target's run, {@code own} being the run's own (or {@link StepListener#NONE}): when the run
     * commits each revision on its own, once the fleet {@linkplain #stop() stops} it ends the run before its next
     * revision, so that the revision in flight finishes and no new one starts; and, for the outcome of a run that fails
     * or stops, it counts the revisions committed and notes where the run started. A run in one transaction would roll
     * back what it had done, so once it has started it finishes. Its first step tells the fleet that the target is no
     * longer preparing, so a stop no longer interrupts it. Its callbacks come on the worker thread of the target they
     * belong to, as the engine runs a target's steps on the thread that runs the target.
     */
    public StepListener listenerFor(TransactionPer transactionPer, StepListener own) {
        return new StepListener() {
            @Override
            public void beforeStep(PlannedStep step) {
                RunStop target = progress.get();
                if (target != null) {
                    target.beforeStep(step, transactionPer);
                }
                own.beforeStep(step);
            }

            @Override
            public void afterStep(AppliedStep step) {
                RunStop target = progress.get();
                if (target != null) {
                    target.afterStep();
                }
                own.afterStep(step);
            }

            @Override
            public boolean hearsStepsTogether() {
                return own.hearsStepsTogether();
            }
        };
    }

    /**
     * Runs the work of every target, in order, canaries first. An interrupt of the calling thread stops the fleet as
     * {@link #stop()} does; this still returns only once the targets in flight have ended, with the interrupt restored.
     *
     * @param work what to do to a target; may throw, which fails that target
     * @return one outcome per target, in the targets' order
     */
    public List<FleetOutcome> run(List<FleetTarget> targets, Function<FleetTarget, TargetWork> work) {
        FleetOutcome[] outcomes = new FleetOutcome[targets.size()];
        AtomicInteger threads = new AtomicInteger();
        ExecutorService workers = Executors.newFixedThreadPool(Math.min(policy.parallel(), Math.max(1, targets.size())),
                task -> new Thread(task, "migrations-fleet-" + threads.incrementAndGet()));
        try {
            int canaries = Math.min(policy.canary(), targets.size());
            runBatch(targets, 0, canaries, outcomes, workers, work);
            if (canaries > 0 && failures.get() > 0 && stop == null) {
                stop = FleetStop.CANARY_FAILED;
            }
            if (stop == null) {
                runBatch(targets, canaries, targets.size(), outcomes, workers, work);
            }
        } finally {
            workers.shutdown();
            if (callerInterrupted) {
                Thread.currentThread().interrupt();
            }
        }
        for (int i = 0; i < outcomes.length; i++) {
            if (outcomes[i] == null) {
                outcomes[i] = FleetOutcome.notStarted(targets.get(i));
            }
        }
        return Arrays.asList(outcomes);
    }

    private void runBatch(List<FleetTarget> targets, int from, int to, FleetOutcome[] outcomes, ExecutorService workers,
                          Function<FleetTarget, TargetWork> work) {
        Semaphore slots = new Semaphore(policy.parallel());
        List<Future<?>> started = new ArrayList<>();
        for (int i = from; i < to; i++) {
            awaitSlot(slots);
            if (shouldStop()) {
                slots.release();
                break;
            }
            int index = i;
            started.add(workers.submit(() -> {
                try {
                    outcomes[index] = runOne(targets.get(index), work);
                    logEnd(outcomes[index]);
                } finally {
                    done.incrementAndGet();
                    slots.release();
                }
            }));
        }
        started.forEach(this::awaitEnd);
    }

    /*
     * The calling thread waits for its workers in short timed waits. Spring's context close, on SIGTERM during a
     * start that migrates tenants, interrupts a starting thread it finds WAITING and, when it still waits, takes it
     * for stuck: the close returns at once and Spring's shutdown hook stops logging under the fleet, so nothing of
     * the revisions in flight, nor why the start failed, is logged. A timed wait reads as TIMED_WAITING, and the
     * close waits for the start.
     */
    private void awaitSlot(Semaphore slots) {
        while (true) {
            try {
                if (slots.tryAcquire(WAIT_MILLIS, TimeUnit.MILLISECONDS)) {
                    return;
                }
            } catch (InterruptedException e) {
                stopOnInterrupt();
            }
        }
    }

    private void awaitEnd(Future<?> future) {
        while (true) {
            try {
                future.get(WAIT_MILLIS, TimeUnit.MILLISECONDS);
                return;
            } catch (TimeoutException e) {
                // still running: wait on
            } catch (InterruptedException e) {
                stopOnInterrupt();
            } catch (ExecutionException e) {
                log.debug("Fleet worker failed", e);
                return;
            }
        }
    }

    private void stopOnInterrupt() {
        callerInterrupted = true;
        stop();
    }

    private boolean shouldStop() {
        if (stopped) {
            stop = FleetStop.STOPPED;
        } else if (failures.get() >= policy.maxFailures()) {
            stop = FleetStop.MAX_FAILURES;
        }
        return stop != null;
    }

    private FleetOutcome runOne(FleetTarget target, Function<FleetTarget, TargetWork> work) {
        long start = System.nanoTime();
        RunStop ran = new RunStop();
        synchronized (running) {
            if (stopped) {
                return FleetOutcome.notStarted(target);
            }
            running.add(ran);
        }
        TargetWork targetWork = null;
        progress.set(ran);
        MDC.put(TARGET_KEY, target.label());
        Thread thread = Thread.currentThread();
        String idle = thread.getName();
        thread.setName(idle + ":" + target.label());
        try {
            targetWork = work.apply(target);
            MigrationResult result = targetWork.run().get();
            return new FleetOutcome(target, FleetOutcome.Result.AT_TARGET, result.headsBefore(), result.headsAfter(),
                    result.steps().size(), millisSince(start), null);
        } catch (RuntimeException e) {
            if (ran.explain(e) instanceof RunStoppedException) {
                // between two revisions, or the stop's interrupt ended a wait (for a lock, a connection): not a failure
                log.debug("Target {} stopped as the fleet stopped: {}", target.label(), e.getMessage());
                return new FleetOutcome(target, FleetOutcome.Result.STOPPED, ran.before(), afterFailure(targetWork),
                        ran.committed(), millisSince(start), null);
            }
            failures.incrementAndGet();
            String error = redactor.withUrl(target.url()).apply(String.valueOf(e.getMessage()));
            return new FleetOutcome(target, FleetOutcome.Result.FAILED, ran.before(), afterFailure(targetWork),
                    ran.committed(), millisSince(start), error);
        } finally {
            ran.settle();
            synchronized (running) {
                running.remove(ran);
            }
            progress.remove();
            MDC.remove(TARGET_KEY);
            thread.setName(idle);
        }
    }

    /** Names the target in the line itself: it is logged outside the target's logging context. */
    private static void logEnd(FleetOutcome outcome) {
        if (outcome.result() == FleetOutcome.Result.FAILED) {
            log.error("Target {} failed: {}", outcome.target().label(), outcome.error());
        } else if (outcome.result() == FleetOutcome.Result.STOPPED && outcome.steps() == 0) {
            log.warn("Target {} stopped before its first revision", outcome.target().label());
        } else if (outcome.result() == FleetOutcome.Result.STOPPED) {
            log.warn("Target {} stopped between revisions after {} step(s)", outcome.target().label(), outcome.steps());
        }
    }

    /** Where a target that failed or stopped stands now, for the report; null when that cannot be read. */
    private static List<String> afterFailure(TargetWork work) {
        if (work == null) {
            return null;
        }
        try {
            return work.current().get();
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static long millisSince(long start) {
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
    }
}
