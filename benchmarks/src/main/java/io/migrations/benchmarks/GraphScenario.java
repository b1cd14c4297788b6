package io.migrations.benchmarks;

import io.migrations.api.Revision;
import io.migrations.internal.graph.RevisionGraph;
import io.migrations.internal.plan.Planner;
import io.migrations.internal.plan.Step;
import java.util.List;

/**
 * Scenario 3: graph work without a database on synthetic graphs with branches and merges: build and validate
 * the graph, find its heads, plan an upgrade from empty to the head. The revisions themselves are generated
 * before timing; a few unmeasured rounds warm the JIT.
 */
final class GraphScenario {

    static final String NAME = "graph";
    private static final int WARM_UPS = 2;
    private static final long SEED = 20_240_917L;

    private final int runs;
    private final Report report;

    GraphScenario(int runs, Report report) {
        this.runs = runs;
        this.report = report;
    }

    /** Measures load + heads + plan on a graph of each size. */
    void run(List<Integer> sizes) throws Exception {
        report.section("Scenario 3: load + heads + plan to head on synthetic graphs, " + WARM_UPS + " warm-ups then "
                + runs + " runs");
        for (int n : sizes) {
            List<Revision> revisions = SyntheticGraph.generate(n, SEED);
            report.add(new Result(NAME, "ours", n, Stopwatch.repeat(WARM_UPS, runs, () -> loadAndPlan(revisions))));
        }
    }

    /** The timed work; checks its answers so that none of it can be skipped. */
    static void loadAndPlan(List<Revision> revisions) {
        RevisionGraph graph = RevisionGraph.of(revisions);
        List<String> heads = graph.heads();
        List<Step> plan = new Planner(graph).upgrade(List.of(), "heads");
        if (heads.size() != 1 || plan.size() != revisions.size()) {
            throw new IllegalStateException("Expected one head and " + revisions.size() + " steps, got heads " + heads
                    + " and " + plan.size() + " steps");
        }
    }
}
