package io.migrations.benchmarks;

import io.migrations.testdb.TestDatabase;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Scenario 9, whole process: a deploy from an empty database, each run a new JVM timed from start to exit, for raw
 * JDBC committing per revision (the floor of any tool that does), ours committing per revision, and ours with one
 * transaction for the whole run ({@code --transaction-per run}). Run it with {@code --durable-commits}: what one
 * transaction saves is mostly the WAL flush at every commit. Runs rotate which tool goes first; each is verified.
 * A tool whose run fails (one transaction holding thousands of new tables can exceed the server's lock table) is
 * reported with its error and not run again at that size.
 */
final class ProcessApplyScenario {

    static final String NAME = "apply-process";
    static final List<Tool> TOOLS = List.of(Tools.named("jdbc"), Tools.named("ours"), Tools.OURS_RUN);

    private final Databases databases;
    private final JavaCommand java;
    private final int runs;
    private final Report report;

    ProcessApplyScenario(Databases databases, JavaCommand java, int runs, Report report) {
        this.databases = databases;
        this.java = java;
        this.runs = runs;
        this.report = report;
    }

    void run(List<Workload> workloads) throws Exception {
        for (Workload workload : workloads) {
            report.section("Scenario 9: apply n=" + workload.size() + " from empty as a whole process ("
                    + java.describe() + "), " + runs + " runs per tool");
            Map<Tool, List<Double>> times = new LinkedHashMap<>();
            List<Tool> failed = new ArrayList<>();
            for (int run = 0; run < runs; run++) {
                List<Tool> order = new ArrayList<>(TOOLS);
                Collections.rotate(order, -run);
                order.removeAll(failed);
                for (Tool tool : order) {
                    TestDatabase db = databases.create("bench_proc_" + tool.name().replace('-', '_') + "_"
                            + workload.size());
                    ToolProcess apply = new ToolProcess(ToolProcess.APPLY, tool.name(), db, workload);
                    try {
                        double ms = Stopwatch.time(() -> apply.launch(java));
                        AppliedSchema.verify(db, workload.size(), tool.name());
                        times.computeIfAbsent(tool, t -> new ArrayList<>()).add(ms);
                    } catch (IllegalStateException e) {
                        report.section("  " + tool.name() + " n=" + workload.size() + " failed: "
                                + errorLine(e.getMessage()));
                        failed.add(tool);
                    } finally {
                        databases.drop(db);
                    }
                }
            }
            times.forEach((tool, ms) -> report.add(new Result(NAME, tool.name(), workload.size(), ms)));
        }
    }

    /** The line of a child's output that says what failed. */
    private static String errorLine(String output) {
        return output.lines().filter(line -> line.contains("ERROR") || line.contains("Exception"))
                .findFirst().orElse(output.lines().findFirst().orElse(""));
    }
}
