package io.migrations.cli;

import io.migrations.internal.fleet.FleetOutcome;
import io.migrations.internal.json.Json;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** The end of a fleet run: a summary table grouped by result and revision, the failures, and the JSON report. */
final class FleetReport {

    /** How many failed targets the summary names one by one; the JSON report has them all. */
    private static final int FAILURES_SHOWN = 20;

    private final List<FleetOutcome> outcomes;

    FleetReport(List<FleetOutcome> outcomes) {
        this.outcomes = outcomes;
    }

    /** 0 when every target ended at its target revision, or was read, else 1. */
    int exitCode() {
        return outcomes.stream().allMatch(FleetOutcome::succeeded)
                ? ExitCode.SUCCESS : ExitCode.FAILURE;
    }

    /** The summary table, then each failed target with its error. */
    void print(PrintWriter out, String stopReason, long millis) {
        Map<FleetOutcome.Result, Long> counts = outcomes.stream()
                .collect(Collectors.groupingBy(FleetOutcome::result, () -> new EnumMap<>(FleetOutcome.Result.class),
                        Collectors.counting()));
        out.println("Fleet: " + outcomes.size() + (outcomes.size() == 1 ? " target" : " targets") + " in " + millis
                + " ms; " + counts.entrySet().stream().map(e -> e.getValue() + " " + e.getKey().label())
                .collect(Collectors.joining(", ")));
        if (stopReason != null) {
            out.println("Stopped starting targets: " + stopReason + ".");
        }
        int width = Math.max("revision".length(), outcomes.stream().map(FleetOutcome::revision)
                .mapToInt(String::length).max().orElse(0));
        String row = "  %-13s %-" + width + "s %s%n";
        out.printf(row, "result", "revision", "targets");
        for (FleetOutcome.Result result : FleetOutcome.Result.values()) {
            outcomes.stream().filter(o -> o.result() == result)
                    .collect(Collectors.groupingBy(FleetOutcome::revision, TreeMap::new, Collectors.counting()))
                    .forEach((revision, count) -> out.printf(row, result.label(), revision, count));
        }
        List<FleetOutcome> failed = outcomes.stream().filter(o -> o.result() == FleetOutcome.Result.FAILED).toList();
        failed.stream().limit(FAILURES_SHOWN).forEach(o -> out.println("FAILED " + o.target().label() + " (at "
                + o.revision() + "): " + o.error()));
        if (failed.size() > FAILURES_SHOWN) {
            out.println("… and " + (failed.size() - FAILURES_SHOWN) + " more failed targets (see --report).");
        }
    }

    /** Writes the JSON report: {@code {"targets": [entry, …]}}, one entry per target. */
    void write(Path file) {
        String json = Json.write(Map.of("targets", outcomes.stream().map(FleetOutcome::json).toList()));
        try {
            Files.writeString(file, json + "\n", StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new CliException("Could not write the --report file " + file.toAbsolutePath() + ": " + e.getMessage());
        }
    }
}
