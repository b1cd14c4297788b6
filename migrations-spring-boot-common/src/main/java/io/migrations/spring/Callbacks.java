package io.migrations.spring;

import io.migrations.api.AppliedStep;
import io.migrations.api.Direction;
import io.migrations.api.MigrationResult;
import io.migrations.api.PlannedStep;
import io.migrations.api.StepListener;
import java.util.List;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@link MigrationCallback}s of one runner: told about its runs by the runner, and about each step by the core,
 * as the {@link StepListener} of its configuration. The runner's name is read when an event happens, because a bean's
 * name is known only after the runner (and its configuration) exist.
 */
final class Callbacks implements StepListener {

    private static final Logger log = LoggerFactory.getLogger(Callbacks.class);

    private final List<MigrationCallback> callbacks;
    private volatile Supplier<String> runner = () -> "migrationRunner";
    /** What stops the run on this thread at a revision boundary (SIGTERM); told of each step before the callbacks. */
    private final ThreadLocal<StepListener> stop = ThreadLocal.withInitial(() -> StepListener.NONE);

    Callbacks(List<MigrationCallback> callbacks) {
        this.callbacks = List.copyOf(callbacks);
    }

    /** Names the events after {@code name}, read at each event. */
    void nameFrom(Supplier<String> name) {
        this.runner = name;
    }

    /** Runs {@code run} on this thread, {@code stopListener} hearing of its steps first. */
    <T> T stoppableBy(StepListener stopListener, Supplier<T> run) {
        stop.set(stopListener);
        try {
            return run.get();
        } finally {
            stop.remove();
        }
    }

    void beforeRun(Direction direction, String target) {
        MigrationCallback.RunStarting event = new MigrationCallback.RunStarting(runner.get(), direction, target);
        callbacks.forEach(callback -> callback.beforeRun(event));
    }

    @Override
    public void beforeStep(PlannedStep step) {
        stop.get().beforeStep(step);
        MigrationCallback.RevisionStarting event = new MigrationCallback.RevisionStarting(runner.get(), step);
        callbacks.forEach(callback -> callback.beforeRevision(event));
    }

    /** Only without callbacks: a callback hears of each step just before it runs (an observation times it). */
    @Override
    public boolean hearsStepsTogether() {
        return callbacks.isEmpty();
    }

    @Override
    public void afterStep(AppliedStep step) {
        stop.get().afterStep(step);
        MigrationCallback.RevisionApplied event = new MigrationCallback.RevisionApplied(runner.get(), step);
        callbacks.forEach(callback -> callback.afterRevision(event));
    }

    void afterRun(Direction direction, String target, MigrationResult result) {
        MigrationCallback.RunFinished event = new MigrationCallback.RunFinished(runner.get(), direction, target, result);
        callbacks.forEach(callback -> callback.afterRun(event));
    }

    void onFailure(Direction direction, String target, RuntimeException failure) {
        MigrationCallback.RunFailed event = new MigrationCallback.RunFailed(runner.get(), direction, target, failure);
        for (MigrationCallback callback : callbacks) {
            try {
                callback.onFailure(event);
            } catch (RuntimeException e) {
                log.warn("Migration callback {} failed in onFailure: {}", callback, e.getMessage(), e);
                failure.addSuppressed(e);
            }
        }
    }
}
