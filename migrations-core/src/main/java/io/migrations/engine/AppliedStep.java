package io.migrations.engine;

import io.migrations.plan.Step;
import java.time.Duration;

/**
 * A step that ran and committed.
 *
 * @param step     what ran
 * @param duration how long it took, including the version and history writes
 */
public record AppliedStep(Step step, Duration duration) {
}
