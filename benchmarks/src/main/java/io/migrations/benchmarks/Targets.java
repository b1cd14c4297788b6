package io.migrations.benchmarks;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.ToDoubleFunction;

/** The targets, judged on medians of one run, as ratios where the issue gives ratios. */
final class Targets {

    /** How much the time per revision may grow from the smallest to the largest workload and still count as linear. */
    static final double LINEAR_TOLERANCE = 1.25;

    private Targets() {
    }

    /** Every target the results can speak to; those not measured say so. */
    static List<Target> evaluate(List<Result> results) {
        List<Target> targets = new ArrayList<>();
        List<Integer> sizes = sizes(results, ApplyScenario.NAME);
        for (int n : sizes) {
            targets.add(ratio(results, ApplyScenario.NAME, n, "ours", "jdbc", 1.2, true));
        }
        if (sizes.size() > 1) {
            targets.add(linear(results, sizes.get(0), sizes.get(sizes.size() - 1)));
        }
        int largest = sizes.isEmpty() ? 5000 : sizes.get(sizes.size() - 1);
        targets.add(ratio(results, ApplyScenario.NAME, largest, "flyway", "ours", 3, false));
        targets.add(ratio(results, ApplyScenario.NAME, largest, "liquibase", "ours", 2, false));
        targets.add(time(results, CheckScenario.NAME, "ours", largest, 100));
        for (int n : sizes(results, ProcessApplyScenario.NAME)) {
            targets.add(ratio(results, ProcessApplyScenario.NAME, n, "jdbc", "ours-run", 3, false));
        }
        List<Integer> graphs = sizes(results, GraphScenario.NAME);
        targets.add(time(results, GraphScenario.NAME, "ours", graphs.isEmpty() ? 100_000 : graphs.get(graphs.size() - 1), 1000));
        targets.add(time(results, RenderScenario.NAME, "svg", 1000, 1000));
        targets.add(time(results, RenderScenario.NAME, "html", 1000, 1000));
        targets.add(new Target("startup: with starter - without starter, medians (nothing pending)",
                difference(results, Result::median), "ms", 50, true));
        // A difference of two noisy times: the fastest runs show the cost with the least of the machine's noise.
        targets.add(new Target("startup: with starter - without starter, fastest runs (nothing pending)",
                difference(results, Result::min), "ms", 50, true));
        targets.add(new Target("autogen n=" + AutogenerateScenario.SIZE + ": autogenerate - upgrade head, medians",
                both(median(results, AutogenerateScenario.NAME, AutogenerateScenario.AUTOGENERATE, AutogenerateScenario.SIZE),
                        median(results, AutogenerateScenario.NAME, AutogenerateScenario.UPGRADE, AutogenerateScenario.SIZE),
                        (autogenerate, upgrade) -> autogenerate - upgrade), "ms", 2000, true));
        targets.add(time(results, CliStartupScenario.NAME, CliStartupScenario.LAUNCHER, CliStartupScenario.SIZE, 300));
        targets.add(ratio(results, CliStartupScenario.NAME, CliStartupScenario.SIZE, CliStartupScenario.ALEMBIC,
                CliStartupScenario.LAUNCHER, 1, false));
        sizes(results, FleetScenario.APPLY).forEach(n -> {
            targets.add(ratio(results, FleetScenario.APPLY, n, "ours", "jdbc", 1.2, true));
            // The same bound on the floor: what writing the version and history rows alone costs over raw JDBC.
            targets.add(ratio(results, FleetScenario.APPLY, n, FleetLoops.JDBC_BOOKKEEPING, "jdbc", 1.2, true));
            targets.add(ratio(results, FleetScenario.APPLY, n, "flyway", "ours", 3, false));
            targets.add(ratio(results, FleetScenario.APPLY, n, "liquibase", "ours", 3, false));
        });
        sizes(results, FleetScenario.CHECK).forEach(n -> targets.add(time(results, FleetScenario.CHECK, "ours", n, 1000)));
        sizes(results, FleetScenario.CHECK_PROCESS)
                .forEach(n -> targets.add(time(results, FleetScenario.CHECK_PROCESS, "ours", n, 2000)));
        return targets;
    }

    private static Target ratio(List<Result> results, String scenario, int n, String tool, String base, double limit,
                                boolean atMost) {
        OptionalDouble value = both(median(results, scenario, tool, n), median(results, scenario, base, n), (a, b) -> a / b);
        return new Target(scenario + " n=" + n + ": " + tool + " / " + base, value, "x", limit, atMost);
    }

    private static Target linear(List<Result> results, int small, int large) {
        OptionalDouble value = both(median(results, ApplyScenario.NAME, "ours", large),
                median(results, ApplyScenario.NAME, "ours", small), (l, s) -> (l / large) / (s / small));
        return new Target("apply: ours ms per revision at n=" + large + " / at n=" + small + " (linear growth)",
                value, "x", LINEAR_TOLERANCE, true);
    }

    private static Target time(List<Result> results, String scenario, String tool, int n, double limitMs) {
        return new Target(scenario + " n=" + n + ": " + tool + " median", median(results, scenario, tool, n), "ms",
                limitMs, true);
    }

    private static OptionalDouble difference(List<Result> results, ToDoubleFunction<Result> statistic) {
        List<Integer> sizes = sizes(results, StartupScenario.NAME);
        if (sizes.isEmpty()) {
            return OptionalDouble.empty();
        }
        int n = sizes.get(0);
        Optional<Result> with = ResultsTable.find(results, StartupScenario.NAME, StartupScenario.WITH, n);
        Optional<Result> without = ResultsTable.find(results, StartupScenario.NAME, StartupScenario.WITHOUT, n);
        return with.isPresent() && without.isPresent()
                ? OptionalDouble.of(statistic.applyAsDouble(with.get()) - statistic.applyAsDouble(without.get()))
                : OptionalDouble.empty();
    }

    private static OptionalDouble median(List<Result> results, String scenario, String tool, int n) {
        Optional<Result> result = ResultsTable.find(results, scenario, tool, n);
        return result.isPresent() ? OptionalDouble.of(result.get().median()) : OptionalDouble.empty();
    }

    private static OptionalDouble both(OptionalDouble a, OptionalDouble b, java.util.function.DoubleBinaryOperator op) {
        return a.isPresent() && b.isPresent() ? OptionalDouble.of(op.applyAsDouble(a.getAsDouble(), b.getAsDouble()))
                : OptionalDouble.empty();
    }

    private static List<Integer> sizes(List<Result> results, String scenario) {
        return results.stream().filter(r -> r.scenario().equals(scenario)).map(Result::n).distinct()
                .sorted(Comparator.naturalOrder()).toList();
    }
}
