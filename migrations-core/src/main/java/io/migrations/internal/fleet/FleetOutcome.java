package io.migrations.internal.fleet;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How one target of a fleet ended.
 *
 * @param target   the target
 * @param result   what became of it
 * @param before   version rows before the run; null when unknown
 * @param after    version rows after the run; null when unknown
 * @param steps    steps that committed
 * @param millis   wall time spent on the target
 * @param error    what went wrong, passwords masked; null when nothing did
 */
public record FleetOutcome(FleetTarget target, Result result, List<String> before, List<String> after, int steps,
                           long millis, String error) {

    /** What became of a target. */
    public enum Result {
        AT_TARGET("at target"),
        /** Read by a command that moves nothing ({@code current}, {@code log}, {@code lint}); it has no target. */
        READ("read"),
        FAILS_CHECK("fails check"),
        FAILED("failed"),
        /** Stopped (Ctrl-C) between two of its revisions, the earlier ones committed. */
        STOPPED("stopped"),
        NOT_STARTED("not started");

        private final String label;

        Result(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public static FleetOutcome notStarted(FleetTarget target) {
        return new FleetOutcome(target, Result.NOT_STARTED, null, null, 0, 0, null);
    }

    /** This outcome with another result: a read turned into a check's verdict, say. */
    public FleetOutcome as(Result other) {
        return new FleetOutcome(target, other, before, after, steps, millis, error);
    }

    /** Whether the target ended where its command meant it to: at its target revision, or read. */
    public boolean succeeded() {
        return result == Result.AT_TARGET || result == Result.READ;
    }

    /** The revisions after the run as one word: {@code base}, an id, ids joined by {@code +}, or {@code ?}. */
    public String revision() {
        if (after == null) {
            return "?";
        }
        return after.isEmpty() ? "base" : String.join("+", after);
    }

    /** The report's entry: target, result, before, after, steps, durationMs, error. */
    public Map<String, Object> json() {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("target", target.label());
        entry.put("result", result.label());
        entry.put("before", before);
        entry.put("after", after);
        entry.put("steps", steps);
        entry.put("durationMs", millis);
        entry.put("error", error);
        return entry;
    }
}
