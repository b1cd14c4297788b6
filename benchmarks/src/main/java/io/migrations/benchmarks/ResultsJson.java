package io.migrations.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Writes results as a JSON list of {@code {scenario, tool, n, ms}}, {@code ms} being the median; each entry also
 * carries {@code min} and every run in {@code runs}. Written by hand: the values are names and numbers only.
 */
final class ResultsJson {

    private ResultsJson() {
    }

    /** The JSON text of {@code results}. */
    static String format(List<Result> results) {
        return results.stream().map(ResultsJson::entry).collect(Collectors.joining(",\n  ", "[\n  ", "\n]\n"));
    }

    /** Writes {@link #format} to {@code file}, creating its folder. */
    static void write(List<Result> results, Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        Files.writeString(file, format(results));
    }

    private static String entry(Result r) {
        String runs = r.runsMs().stream().map(ResultsJson::number).collect(Collectors.joining(", ", "[", "]"));
        return "{\"scenario\": " + string(r.scenario()) + ", \"tool\": " + string(r.tool()) + ", \"n\": " + r.n()
                + ", \"ms\": " + number(r.median()) + ", \"min\": " + number(r.min()) + ", \"runs\": " + runs + "}";
    }

    private static String number(double ms) {
        return String.format(Locale.ROOT, "%.2f", ms);
    }

    private static String string(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
