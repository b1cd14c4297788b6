package io.migrations.api;

import java.time.Duration;
import java.util.List;

/**
 * What a run did.
 *
 * @param steps       steps that committed, in order
 * @param headsBefore version table rows before the run
 * @param headsAfter  version table rows after the run
 * @param duration    wall time of the whole run, lock wait included
 */
public record MigrationResult(List<AppliedStep> steps, List<String> headsBefore, List<String> headsAfter, Duration duration) {

    public MigrationResult {
        steps = List.copyOf(steps);
        headsBefore = List.copyOf(headsBefore);
        headsAfter = List.copyOf(headsAfter);
    }

    /** One line for logs and the CLI, e.g. {@code Applied 3 revisions in 120 ms; now at 4d5e6f}. */
    public String summary() {
        String at = headsAfter.isEmpty() ? "base" : String.join(", ", headsAfter);
        if (steps.isEmpty()) {
            return "Nothing to do; at " + at;
        }
        long ms = duration.toMillis();
        return "Ran " + steps.size() + (steps.size() == 1 ? " step" : " steps") + " in " + ms + " ms; now at " + at;
    }
}
