package io.migrations.benchmarks;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.logging.LogManager;

/**
 * Runs the benchmarks: {@code java -jar benchmarks/target/benchmarks.jar [--runs=3] [--apply-sizes=1000,5000]
 * [--graph-sizes=10000,100000] [--render-sizes=1000,2000] [--scenarios=apply,check,process,graph,startup,render,autogen,cli]
 * (opt-in: fleet, apply-process)
 * [--output=file]
 * [--durable-commits]}.
 * Prints a table and writes {@code results.json} beside the jar. With {@code check ...} or {@code apply ...} as
 * arguments it is instead the child process of a whole-process scenario ({@link ToolProcess}).
 */
public final class BenchmarkMain {

    private BenchmarkMain() {
    }

    public static void main(String[] args) throws Exception {
        quietJavaLogging();
        List<String> arguments = List.of(args);
        if (ToolProcess.selects(arguments)) {
            ToolProcess.parse(arguments).run();
            return;
        }
        Options options = Options.parse(arguments, JavaCommand.codeSource().resolveSibling("results.json"));
        Path workDir = Files.createTempDirectory("migrations-bench");
        try {
            new Suite(options, workDir, System.out).run();
        } finally {
            deleteRecursively(workDir);
        }
    }

    /** Liquibase logs through java.util.logging; every tool logs at WARN and above only (SLF4J via logback.xml). */
    private static void quietJavaLogging() throws IOException {
        LogManager.getLogManager().readConfiguration(new ByteArrayInputStream(
                "handlers=java.util.logging.ConsoleHandler\n.level=WARNING\n".getBytes(StandardCharsets.UTF_8)));
    }

    private static void deleteRecursively(Path dir) throws IOException {
        try (var paths = Files.walk(dir)) {
            for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
