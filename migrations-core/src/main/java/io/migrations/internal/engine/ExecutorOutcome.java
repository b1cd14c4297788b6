package io.migrations.internal.engine;

import io.migrations.api.AppliedStep;
import java.util.List;

/**
 * What {@link Executor#run} did.
 *
 * @param applied the steps that committed, in order
 * @param stale   whether it stopped before a step because another run had moved the version table since the plan
 */
public record ExecutorOutcome(List<AppliedStep> applied, boolean stale) {

    public ExecutorOutcome {
        applied = List.copyOf(applied);
    }
}
