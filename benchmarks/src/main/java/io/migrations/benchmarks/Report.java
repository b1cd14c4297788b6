package io.migrations.benchmarks;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** Collects results as they are measured and shows each one as it arrives, since a full run takes minutes. */
final class Report {

    private final List<Result> results = new ArrayList<>();
    private final PrintStream progress;

    Report(PrintStream progress) {
        this.progress = progress;
    }

    /** Records one result and prints its runs. */
    void add(Result result) {
        results.add(result);
        progress.printf(Locale.ROOT, "  %-14s n=%-7d %-10s %s ms%n", result.scenario(), result.n(), result.tool(),
                result.runsMs().stream().map(ms -> String.format(Locale.ROOT, "%.1f", ms)).collect(Collectors.joining(" ")));
    }

    /** Prints a line saying what runs next. */
    void section(String text) {
        progress.println(text);
    }

    /** Every result so far, in the order measured. */
    List<Result> results() {
        return List.copyOf(results);
    }
}
