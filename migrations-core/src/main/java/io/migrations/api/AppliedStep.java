package io.migrations.api;

import java.time.Duration;

/**
 * A step that ran and committed.
 *
 * @param step     what ran
 * @param duration how long it took, including the version and history writes
 */
public record AppliedStep(PlannedStep step, Duration duration) {

    /** Alembic's description of the step, e.g. {@code upgrade 1a2b -> 3c4d, Add users}. */
    public String describe() {
        return step.describe();
    }
}
