package io.migrations.benchmarks;

import java.util.List;

/**
 * The repeated timings of one tool in one scenario at one size.
 *
 * @param scenario what was measured, e.g. {@code apply}
 * @param tool     who did it, e.g. {@code ours}
 * @param n        number of revisions
 * @param runsMs   wall-clock time of each run, in milliseconds, in the order run
 */
record Result(String scenario, String tool, int n, List<Double> runsMs) {

    Result {
        runsMs = List.copyOf(runsMs);
        if (runsMs.isEmpty()) {
            throw new IllegalArgumentException("a result needs at least one run: " + scenario + "/" + tool + "/" + n);
        }
    }

    /** The fastest run. */
    double min() {
        return runsMs.stream().mapToDouble(Double::doubleValue).min().orElseThrow();
    }

    /** The median run; the mean of the middle two for an even number of runs. */
    double median() {
        double[] sorted = runsMs.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        int mid = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }
}
