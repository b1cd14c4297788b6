package io.migrations.benchmarks;

import io.migrations.testdb.TestDatabase;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Scenario 1: every tool migrates a fresh, empty database through a whole workload. Runs alternate between
 * tools (rotating who goes first) so that drift on a noisy machine spreads over all of them. The database of
 * each tool's last run is kept for the no-op checks; the others are dropped as soon as they are verified.
 */
final class ApplyScenario {

    static final String NAME = "apply";
    private static final int WARM_UP_SIZE = 20;

    private final Databases databases;
    private final List<Tool> tools;
    private final int runs;
    private final Report report;

    ApplyScenario(Databases databases, List<Tool> tools, int runs, Report report) {
        this.databases = databases;
        this.tools = List.copyOf(tools);
        this.runs = runs;
        this.report = report;
    }

    /**
     * Warms every tool up on a small workload in {@code workDir}, then measures each workload.
     *
     * @return the databases left by each tool's last run, one per tool and workload
     */
    List<Applied> run(Path workDir, List<Workload> workloads) throws Exception {
        report.section("Warming up (apply n=" + WARM_UP_SIZE + " once per tool)");
        Workload warmUp = Workload.write(workDir.resolve("warm-up"), WARM_UP_SIZE);
        for (Tool tool : tools) {
            databases.drop(applyOnce(tool, warmUp));
        }
        List<Applied> kept = new ArrayList<>();
        for (Workload workload : workloads) {
            report.section("Scenario 1: apply n=" + workload.size() + " from empty, " + runs + " runs per tool");
            kept.addAll(measure(workload));
        }
        return kept;
    }

    private List<Applied> measure(Workload workload) throws Exception {
        Map<Tool, List<Double>> times = new LinkedHashMap<>();
        Map<Tool, TestDatabase> last = new LinkedHashMap<>();
        for (int run = 0; run < runs; run++) {
            List<Tool> order = new ArrayList<>(tools);
            Collections.rotate(order, -run);
            for (Tool tool : order) {
                TestDatabase db = databases.create("bench_" + tool.name() + "_" + workload.size());
                times.computeIfAbsent(tool, t -> new ArrayList<>()).add(Stopwatch.time(() -> tool.apply(db, workload)));
                AppliedSchema.verify(db, workload.size(), tool.name());
                TestDatabase previous = last.put(tool, db);
                if (previous != null) {
                    databases.drop(previous);
                }
            }
        }
        times.forEach((tool, ms) -> report.add(new Result(NAME, tool.name(), workload.size(), ms)));
        return last.entrySet().stream().map(e -> new Applied(e.getKey(), workload, e.getValue())).toList();
    }

    private TestDatabase applyOnce(Tool tool, Workload workload) throws Exception {
        TestDatabase db = databases.create("bench_warm_" + tool.name());
        tool.apply(db, workload);
        AppliedSchema.verify(db, workload.size(), tool.name());
        return db;
    }
}
