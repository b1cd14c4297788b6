package io.migrations.benchmarks;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * What to run, from {@code --name=value} arguments; every option has a default that is the full run.
 *
 * @param runs        measured runs per tool and size (at least 3)
 * @param applySizes  workload sizes for scenarios 1 and 2
 * @param graphSizes  synthetic graph sizes for scenario 3
 * @param renderSizes synthetic graph sizes for scenario 5, drawing the graph
 * @param scenarios   which scenarios to run: apply, check, process, graph, startup, render, autogen, cli (check and
 *                    process need apply)
 * @param output      where to write the JSON results
 * @param durableCommits wait for the WAL flush at every commit ({@code --durable-commits}); see {@link Databases}
 * @param tools       which tools to compare (all by default; fewer for a quick look while tuning one)
 * @param fleet       the sizes of the fleet scenario
 */
record Options(int runs, List<Integer> applySizes, List<Integer> graphSizes, List<Integer> renderSizes,
               Set<String> scenarios, Path output, boolean durableCommits, List<String> tools, FleetSizes fleet) {

    /** Every scenario of the default run, in the order they run. */
    static final List<String> SCENARIOS = List.of("apply", "check", "process", "graph", "startup", "render", "autogen",
            CliStartupScenario.NAME);

    /**
     * Scenarios that run only when {@code --scenarios} names them: the fleet takes many minutes on its own, and a
     * whole-process apply wants {@code --durable-commits}.
     */
    static final List<String> OPT_IN = List.of(FleetScenario.NAME, ProcessApplyScenario.NAME);

    Options {
        if (runs < 3) {
            throw new IllegalArgumentException("--runs must be 3 or more so that the median means something, got " + runs);
        }
        applySizes = List.copyOf(applySizes);
        graphSizes = List.copyOf(graphSizes);
        renderSizes = List.copyOf(renderSizes);
        scenarios = Set.copyOf(scenarios);
        tools = List.copyOf(tools);
        tools.forEach(Tools::named);
        if (!scenarios.stream().allMatch(s -> SCENARIOS.contains(s) || OPT_IN.contains(s))) {
            throw new IllegalArgumentException("--scenarios takes " + SCENARIOS + " and " + OPT_IN + ", got "
                    + scenarios);
        }
        if (!scenarios.contains("apply") && Stream.of("check", "process", "startup").anyMatch(scenarios::contains)) {
            throw new IllegalArgumentException("--scenarios: check, process and startup use the databases that apply "
                    + "migrated; add apply");
        }
    }

    /**
     * Reads {@code --runs=3 --apply-sizes=1000,5000 --graph-sizes=10000,100000 --render-sizes=1000,2000 --scenarios=apply,check
     * --output=path --durable-commits --tools=jdbc,ours --fleet-schemas=1000 --fleet-revisions=20 --fleet-parallel=1,2,4,8
     * --fleet-memory-schemas=10000 --cli-jar=migrations-cli/target/migrations.jar}.
     *
     * @param defaultOutput where results go unless {@code --output} says otherwise
     */
    static Options parse(List<String> args, Path defaultOutput) {
        int runs = 3;
        List<Integer> applySizes = List.of(1000, 5000);
        List<Integer> graphSizes = List.of(10_000, 100_000);
        List<Integer> renderSizes = List.of(1000, 2000);
        Set<String> scenarios = new LinkedHashSet<>(SCENARIOS);
        Path output = defaultOutput;
        boolean durableCommits = false;
        List<String> tools = Tools.all().stream().map(Tool::name).toList();
        FleetSizes fleet = FleetSizes.DEFAULT;
        for (String arg : args) {
            if (arg.equals("--durable-commits")) {
                durableCommits = true;
                continue;
            }
            int eq = arg.indexOf('=');
            if (!arg.startsWith("--") || eq < 0) {
                throw new IllegalArgumentException("Unexpected argument '" + arg + "'; options look like --runs=5");
            }
            String value = arg.substring(eq + 1);
            switch (arg.substring(2, eq)) {
                case "runs" -> runs = Integer.parseInt(value);
                case "apply-sizes" -> applySizes = sizes(value);
                case "graph-sizes" -> graphSizes = sizes(value);
                case "render-sizes" -> renderSizes = sizes(value);
                case "scenarios" -> scenarios = new LinkedHashSet<>(Arrays.asList(value.split(",")));
                case "output" -> output = Path.of(value);
                case "tools" -> tools = Arrays.stream(value.split(",")).map(String::trim).toList();
                case "fleet-schemas" -> fleet = fleet.withSchemas(Integer.parseInt(value));
                case "fleet-revisions" -> fleet = fleet.withRevisions(Integer.parseInt(value));
                case "fleet-parallel" -> fleet = fleet.withParallel(sizes(value));
                case "fleet-memory-schemas" -> fleet = fleet.withMemorySchemas(Integer.parseInt(value));
                case "cli-jar" -> fleet = fleet.withCliJar(Path.of(value));
                case "fleet-rounds" -> fleet = fleet.withRounds(Integer.parseInt(value));
                default -> throw new IllegalArgumentException("Unknown option '" + arg + "'; known: --runs, "
                        + "--apply-sizes, --graph-sizes, --render-sizes, --scenarios, --output, --durable-commits, --tools, "
                        + "--fleet-schemas, --fleet-revisions, --fleet-parallel, --fleet-memory-schemas, --fleet-rounds, "
                        + "--cli-jar");
            }
        }
        return new Options(runs, applySizes, graphSizes, renderSizes, scenarios, output, durableCommits, tools, fleet);
    }

    private static List<Integer> sizes(String value) {
        List<Integer> sizes = Arrays.stream(value.split(",")).map(String::trim).map(Integer::valueOf).toList();
        if (sizes.stream().anyMatch(n -> n < 1)) {
            throw new IllegalArgumentException("sizes must be 1 or more, got " + value);
        }
        return sizes;
    }
}
