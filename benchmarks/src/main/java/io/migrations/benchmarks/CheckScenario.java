package io.migrations.benchmarks;

import java.util.List;

/**
 * Scenario 2, in process: the no-op check an application start pays, with the workload already applied,
 * measured in this warm JVM after a few unmeasured checks.
 */
final class CheckScenario {

    static final String NAME = "check";
    private static final int WARM_UPS = 2;

    private final int runs;
    private final Report report;

    CheckScenario(int runs, Report report) {
        this.runs = runs;
        this.report = report;
    }

    /** Measures each tool's check on the database it migrated. */
    void run(List<Applied> applied) throws Exception {
        report.section("Scenario 2a: no-op check in process (warm JVM), " + WARM_UPS + " warm-ups then " + runs + " runs");
        for (Applied a : applied) {
            List<Double> times = Stopwatch.repeat(WARM_UPS, runs, () -> a.tool().check(a.db(), a.workload()));
            report.add(new Result(NAME, a.tool().name(), a.workload().size(), times));
        }
    }
}
