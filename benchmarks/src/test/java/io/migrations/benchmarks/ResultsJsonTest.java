package io.migrations.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ResultsJsonTest {

    @TempDir
    Path dir;

    @Test
    void writesAListOfScenarioToolSizeAndMedianWithMinAndRuns() throws Exception {
        List<Result> results = List.of(
                new Result("apply", "ours", 1000, List.of(3.0, 1.0, 2.0)),
                new Result("graph", "ours", 100000, List.of(5.5, 4.25, 6.0)));
        Path file = dir.resolve("target/results.json");

        ResultsJson.write(results, file);

        assertThat(Files.readString(file)).isEqualTo("""
                [
                  {"scenario": "apply", "tool": "ours", "n": 1000, "ms": 2.00, "min": 1.00, "runs": [3.00, 1.00, 2.00]},
                  {"scenario": "graph", "tool": "ours", "n": 100000, "ms": 5.50, "min": 4.25, "runs": [5.50, 4.25, 6.00]}
                ]
                """);
    }
}
