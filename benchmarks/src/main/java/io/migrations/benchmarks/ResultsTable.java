package io.migrations.benchmarks;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The results as a Markdown table, one row per scenario, size and tool, with each tool's median as a
 * multiple of ours in the same scenario and size: below 1 is faster than ours, above 1 slower.
 */
final class ResultsTable {

    private ResultsTable() {
    }

    /** The table's text. */
    static String format(List<Result> results) {
        StringBuilder out = new StringBuilder();
        out.append("| scenario | n | tool | min ms | median ms | median vs ours |\n");
        out.append("|---|---:|---|---:|---:|---:|\n");
        for (Result r : results) {
            String ratio = ours(results, r.scenario(), r.n())
                    .map(ours -> String.format(Locale.ROOT, "%.2fx", r.median() / ours.median()))
                    .orElse("");
            out.append(String.format(Locale.ROOT, "| %s | %d | %s | %.1f | %.1f | %s |%n",
                    r.scenario(), r.n(), r.tool(), r.min(), r.median(), ratio));
        }
        return out.toString();
    }

    /** Our result in the same scenario and size, if measured. */
    static Optional<Result> ours(List<Result> results, String scenario, int n) {
        return find(results, scenario, "ours", n);
    }

    /** The result of {@code tool} in {@code scenario} at size {@code n}, if measured. */
    static Optional<Result> find(List<Result> results, String scenario, String tool, int n) {
        return results.stream()
                .filter(r -> r.scenario().equals(scenario) && r.tool().equals(tool) && r.n() == n)
                .findFirst();
    }
}
