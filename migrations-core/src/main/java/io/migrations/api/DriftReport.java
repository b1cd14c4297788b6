package io.migrations.api;

import java.util.List;

/**
 * The result of comparing a database with a shadow database its revisions were replayed into.
 *
 * @param replayedTo  the revisions the shadow database was upgraded to (the database's current revisions)
 * @param differences what differs; empty when there is no drift
 */
public record DriftReport(List<String> replayedTo, List<Difference> differences) {

    public DriftReport {
        replayedTo = List.copyOf(replayedTo);
        differences = List.copyOf(differences);
    }

    /** Whether the database differs from its revisions. */
    public boolean hasDrift() {
        return !differences.isEmpty();
    }

    /**
     * A readable report: one line per difference, "missing" meaning the revisions create it but the database lacks
     * it, "extra" meaning the database has it but no revision creates it.
     */
    public String text() {
        String at = replayedTo.isEmpty() ? "no revision" : String.join(", ", replayedTo);
        if (!hasDrift()) {
            return "No drift: the database matches its revisions (replayed up to " + at + ").\n";
        }
        StringBuilder out = new StringBuilder("Drift: the database differs from its revisions (replayed up to ")
                .append(at).append(") in ").append(differences.size()).append(differences.size() == 1 ? " place" : " places")
                .append(":\n");
        differences.forEach(difference -> out.append("  ").append(difference).append('\n'));
        return out.toString();
    }
}
