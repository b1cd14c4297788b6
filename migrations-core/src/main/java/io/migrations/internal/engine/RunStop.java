package io.migrations.internal.engine;

import io.migrations.api.AppliedStep;
import io.migrations.api.PlannedStep;
import io.migrations.api.RunStoppedException;
import io.migrations.api.StepListener;
import io.migrations.api.TransactionPer;
import java.util.List;

/**
 * Stops one run at a revision boundary when asked (Ctrl-C, SIGTERM), for a run on the thread that created this.
 * Before the run starts its first revision, {@link #stop()} interrupts that thread, so that a wait for a lock or a
 * connection ends at once. Once a revision has started it finishes; then, when each revision commits on its own, the
 * run ends before its next revision with a {@link RunStoppedException}. A run in one transaction would roll back what
 * it had done, so once it has started it finishes. Revisions sent to the database together, in one round trip, finish
 * together. The run hears this through {@link #listener} (or, for a listener shared by many runs, through
 * {@link #beforeStep} and {@link #afterStep}).
 */
public final class RunStop {

    private final Thread thread = Thread.currentThread();
    /** Whether the run has not started a revision yet, and whether a stop interrupted it then; guarded by this. */
    private boolean preparing = true;
    private boolean interrupted;
    private volatile boolean stopped;
    /** Read and written on the run's thread only. */
    private int committed;
    private List<String> before;

    /** Asks the run to stop; safe from any thread, e.g. a shutdown hook, and more than once. */
    public void stop() {
        stopped = true;
        synchronized (this) {
            if (preparing && !interrupted) {
                interrupted = true;
                thread.interrupt();
            }
        }
    }

    /** The run's step listener: {@code own} (or {@link StepListener#NONE}) told of each step, after this. */
    public StepListener listener(TransactionPer transactionPer, StepListener own) {
        return new StepListener() {
            @Override
            public void beforeStep(PlannedStep step) {
                RunStop.this.beforeStep(step, transactionPer);
                own.beforeStep(step);
            }

            @Override
            public void afterStep(AppliedStep step) {
                RunStop.this.afterStep();
                own.afterStep(step);
            }

            @Override
            public boolean hearsStepsTogether() {
                return own.hearsStepsTogether();
            }
        };
    }

    /**
     * Before each step of the run, on its thread: the first ends the run's preparation, and a stop asked for ends the
     * run here.
     *
     * @throws RunStoppedException when stopped, and the run commits per revision or has not started a revision
     */
    public void beforeStep(PlannedStep step, TransactionPer transactionPer) {
        boolean first = before == null;
        if (first) {
            before = step.from();
        }
        boolean stoppedPreparing = first && settle();
        if (stoppedPreparing || stopped && transactionPer == TransactionPer.REVISION) {
            throw new RunStoppedException(stoppedMessage(step.describe(), stoppedPreparing ? "nothing was changed"
                    : "the revisions this run had started finished and committed, and no other started"));
        }
    }

    /** After each step of the run committed, on its thread. */
    public void afterStep() {
        committed++;
    }

    /** How many steps the run committed so far (read on its thread). */
    public int committed() {
        return committed;
    }

    /** The version rows before the run's first step, or null when it started none (read on its thread). */
    public List<String> before() {
        return before;
    }

    /**
     * The run no longer prepares: it starts its first revision, or it ended. Call on the run's thread; clears the
     * interrupt a stop left on it, so that what follows (reading where the run stands, reporting) runs.
     *
     * @return whether a stop interrupted the preparation
     */
    public boolean settle() {
        boolean wasInterrupted;
        synchronized (this) {
            preparing = false;
            wasInterrupted = interrupted;
        }
        if (wasInterrupted) {
            Thread.interrupted();
        }
        return wasInterrupted;
    }

    /**
     * What a run that threw {@code failure} reports, on its thread once it ended: a stop that ended a wait before the
     * first revision (for another run's lock, a connection) rather than the wait's own error; else {@code failure}.
     */
    public RuntimeException explain(RuntimeException failure) {
        if (settle() && !(failure instanceof RunStoppedException)) {
            return new RunStoppedException(stoppedMessage("the first revision", "nothing was changed"), failure);
        }
        return failure;
    }

    private static String stoppedMessage(String before, String outcome) {
        return "Stopped as asked (Ctrl-C or SIGTERM) before " + before + ": " + outcome
                + ". Run the same command again to go on.";
    }
}
