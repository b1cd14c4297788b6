package io.migrations.benchmarks;

import java.util.List;

/**
 * Scenario 2, whole process: the same no-op check in a new JVM each time, timed from start to exit, which is
 * what a deploy or a container start pays (JVM start, class loading, cold code). Every tool's child starts
 * with the same command line and JVM options; one unmeasured start warms the OS file cache first.
 */
final class ProcessCheckScenario {

    static final String NAME = "check-process";

    private final JavaCommand java;
    private final int runs;
    private final Report report;

    ProcessCheckScenario(JavaCommand java, int runs, Report report) {
        this.java = java;
        this.runs = runs;
        this.report = report;
    }

    /** Measures each tool's check, one new JVM per run. */
    void run(List<Applied> applied) throws Exception {
        report.section("Scenario 2b: no-op check as a whole process (" + java.describe() + "), 1 warm-up then "
                + runs + " runs");
        for (Applied a : applied) {
            ToolProcess check = new ToolProcess(ToolProcess.CHECK, a.tool().name(), a.db(), a.workload());
            report.add(new Result(NAME, a.tool().name(), a.workload().size(),
                    Stopwatch.repeat(1, runs, () -> check.launch(java))));
        }
    }
}
