package io.migrations.benchmarks;

import io.migrations.testdb.TestServer;
import io.migrations.testdb.TestServers;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;

/**
 * One benchmark run: the selected scenarios in order, in this JVM, then the table, the targets and the JSON file.
 * Databases are created fresh on the test server and dropped at the end, also when a scenario fails.
 */
final class Suite {

    private final Options options;
    private final Path workDir;
    private final PrintStream out;
    private final Report report;
    private List<Workload> workloads;

    Suite(Options options, Path workDir, PrintStream out) {
        this.options = options;
        this.workDir = workDir;
        this.out = out;
        this.report = new Report(out);
    }

    void run() throws Exception {
        TestServer server = TestServers.find();
        out.println(Machine.describe(server));
        out.println("Benchmark databases: " + (options.durableCommits() ? "durable commits (the server's settings)"
                : "synchronous_commit off (commits do not wait for the WAL flush; --durable-commits to wait)"));
        long start = System.nanoTime();
        try (Databases databases = new Databases(server, options.durableCommits())) {
            List<Tool> tools = options.tools().stream().map(Tools::named).toList();
            List<Applied> applied = selected("apply")
                    ? new ApplyScenario(databases, tools, options.runs(), report).run(workDir, workloads())
                    : List.of();
            if (selected("check")) {
                new CheckScenario(Math.max(options.runs(), 5), report).run(applied);
            }
            if (selected("process")) {
                new ProcessCheckScenario(JavaCommand.current(), options.runs(), report).run(largest(applied));
            }
            if (selected("graph")) {
                new GraphScenario(Math.max(options.runs(), 5), report).run(options.graphSizes());
            }
            if (selected("render")) {
                new RenderScenario(Math.max(options.runs(), 5), report).run(options.renderSizes());
            }
            if (selected("startup")) {
                new StartupScenario(Math.max(options.runs(), 20), report).run(smallestOfOurs(applied));
            }
            if (selected(ProcessApplyScenario.NAME)) {
                new ProcessApplyScenario(databases, JavaCommand.current(), options.runs(), report).run(workloads());
            }
            if (selected(CliStartupScenario.NAME)) {
                new CliStartupScenario(databases, JavaCommand.current(), Math.max(options.runs(), 10), report).run(workDir);
            }
            if (selected(FleetScenario.NAME)) {
                new FleetScenario(databases, options.fleet(), options.tools(), report).run(workDir);
            }
            if (selected(AutogenerateScenario.NAME)) {
                new AutogenerateScenario(server, Math.max(options.runs(), 3), report).run(workDir);
            }
        }
        List<Result> results = report.results();
        out.printf("%nResults (%d s in all)%n%n%s%nTargets%n", (System.nanoTime() - start) / 1_000_000_000L,
                ResultsTable.format(results));
        Targets.evaluate(results).forEach(t -> out.println("- " + t.format()));
        ResultsJson.write(results, options.output());
        out.println("\nWrote " + options.output());
    }

    private boolean selected(String scenario) {
        return options.scenarios().contains(scenario);
    }

    /** The apply workloads, written on first use and shared by the scenarios that apply them. */
    private List<Workload> workloads() {
        if (workloads == null) {
            workloads = options.applySizes().stream().map(n -> Workload.write(workDir.resolve("n" + n), n)).toList();
        }
        return workloads;
    }

    /** A new JVM per check costs seconds, so the whole-process check runs on the largest workload only. */
    private static List<Applied> largest(List<Applied> applied) {
        int max = applied.stream().mapToInt(a -> a.workload().size()).max().orElse(0);
        return applied.stream().filter(a -> a.workload().size() == max).toList();
    }

    private static Applied smallestOfOurs(List<Applied> applied) {
        return applied.stream().filter(a -> a.tool().name().equals("ours"))
                .min(Comparator.comparingInt(a -> a.workload().size()))
                .orElseThrow(() -> new IllegalStateException("startup needs a database that ours migrated in apply"));
    }
}
