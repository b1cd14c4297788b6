package io.migrations.spring;

import io.migrations.api.AppliedStep;
import io.migrations.api.Direction;
import io.migrations.api.MigrationResult;
import io.migrations.api.PlannedStep;

/**
 * Called around the runs of every {@link MigrationRunner} made by {@link MigrationRunnerBuilder} (the auto-configured
 * ones included), and around each step of a run, on the thread that runs it: Flyway's callbacks, for work such as
 * refreshing a materialized view or granting rights after a run. Beans of this type are picked up in
 * {@link org.springframework.core.annotation.Order order}; implement the methods you need.
 *
 * <p>An exception thrown by {@code beforeRun}, {@code beforeRevision}, {@code afterRevision} or {@code afterRun}
 * fails the run, as a failed revision does (steps that committed stay committed); one thrown by {@code onFailure}
 * is logged and the run's own failure kept.
 *
 * <p>While any callback is registered, each revision is sent to the database on its own, right after its
 * {@code beforeRevision}; without callbacks, consecutive revisions may travel together (see
 * {@link io.migrations.api.StepListener#hearsStepsTogether()}).
 */
public interface MigrationCallback {

    /** Before a run takes the migration lock. */
    default void beforeRun(RunStarting event) {
    }

    /** Before a step (a revision's upgrade or downgrade, or a stamp) starts. */
    default void beforeRevision(RevisionStarting event) {
    }

    /** After a step committed, with its version and history rows. */
    default void afterRevision(RevisionApplied event) {
    }

    /** After a run completed. */
    default void afterRun(RunFinished event) {
    }

    /** After a run failed, including when a callback failed it. */
    default void onFailure(RunFailed event) {
    }

    /**
     * A run is about to start.
     *
     * @param runner    the runner's name (its bean name, or the name under {@code migrations.datasources})
     * @param direction upgrade or downgrade
     * @param target    the target asked for
     */
    record RunStarting(String runner, Direction direction, String target) {
    }

    /**
     * A step is about to start.
     *
     * @param runner the runner's name
     * @param step   what it will run
     */
    record RevisionStarting(String runner, PlannedStep step) {
    }

    /**
     * A step committed.
     *
     * @param runner the runner's name
     * @param step   what ran, and how long it took
     */
    record RevisionApplied(String runner, AppliedStep step) {
    }

    /**
     * A run completed.
     *
     * @param runner    the runner's name
     * @param direction upgrade or downgrade
     * @param target    the target asked for
     * @param result    what ran
     */
    record RunFinished(String runner, Direction direction, String target, MigrationResult result) {
    }

    /**
     * A run failed.
     *
     * @param runner    the runner's name
     * @param direction upgrade or downgrade
     * @param target    the target asked for
     * @param failure   why; steps before the failed one stay committed
     */
    record RunFailed(String runner, Direction direction, String target, RuntimeException failure) {
    }
}
