package io.migrations.drift;

import io.migrations.catalog.Difference;
import java.util.List;

/**
 * The result of comparing a database with a shadow database its revisions were replayed into.
 *
 * @param replayedTo  the revisions the shadow database was upgraded to (the database's current revisions)
 * @param differences what turns the schema the revisions build into the database's; empty when there is no drift
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
     * One line per difference: "missing" when the revisions create something the database lacks, "extra" when the
     * database has something no revision creates, else what the database has and what the revisions give.
     */
    public List<String> lines() {
        return differences.stream().map(DriftReport::line).toList();
    }

    private static String line(Difference difference) {
        return switch (difference.change()) {
            case ADDED -> difference.object() + ": extra"
                    + (difference.after().isEmpty() ? "" : " (" + difference.afterText() + ")");
            case REMOVED -> difference.object() + ": missing"
                    + (difference.before().isEmpty() ? "" : " (" + difference.beforeText() + ")");
            case CHANGED -> difference.object() + ": " + difference.attribute() + " is " + difference.afterText()
                    + ", the revisions give " + difference.beforeText();
        };
    }

    /** A readable report: a summary line, then {@link #lines()} indented. */
    public String text() {
        String at = replayedTo.isEmpty() ? "no revision" : String.join(", ", replayedTo);
        if (!hasDrift()) {
            return "No drift: the database matches its revisions (replayed up to " + at + ").\n";
        }
        StringBuilder out = new StringBuilder("Drift: the database differs from its revisions (replayed up to ")
                .append(at).append(") in ").append(differences.size()).append(differences.size() == 1 ? " place" : " places")
                .append(":\n");
        lines().forEach(line -> out.append("  ").append(line).append('\n'));
        return out.toString();
    }
}
