package io.migrations.api;

/**
 * Told about each step of a run as it happens, on the thread that runs it: before a revision's upgrade or
 * downgrade starts, and after it committed. A step that fails gets no {@link #afterStep}; the run's exception says
 * why. Exceptions thrown here end the run like a failed revision, so a listener that only observes should catch its
 * own. Set one with {@code MigrationsConfig.Builder.stepListener}.
 */
public interface StepListener {

    /** Hears nothing. */
    StepListener NONE = new StepListener() {
        @Override
        public boolean hearsStepsTogether() {
            return true;
        }
    };

    /** Before the step's transaction (or, for a non-transactional revision, its first statement) starts. */
    default void beforeStep(PlannedStep step) {
    }

    /**
     * After the step committed, with its version and history rows; under {@link TransactionPer#RUN}, when the run's
     * transaction committed, and steps rolled back with a failing one get none.
     */
    default void afterStep(AppliedStep step) {
    }

    /**
     * Whether this listener may hear of several steps before the first of them starts. On PostgreSQL, consecutive
     * transactional revisions can travel to the database in one round trip, each still in a transaction of its own:
     * their {@link #beforeStep} calls then all come before they are sent, and their {@link #afterStep} calls after
     * (steps after one that failed, which never ran, get no more).
     * The default, false, keeps one step at a time between its two calls, for listeners that time a step or look at
     * the database around it.
     */
    default boolean hearsStepsTogether() {
        return false;
    }
}
