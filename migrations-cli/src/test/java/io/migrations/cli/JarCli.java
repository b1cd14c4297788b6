package io.migrations.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.migrations.testdb.TestDatabase;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The packaged fat jar run as its own process ({@code java -jar migrations.jar}), the way a user or a deploy hook runs
 * it, with an environment of its own: the variables of the test's JVM that configure the tool are left out.
 */
final class JarCli {

    /** The jar the package phase wrote; failsafe passes its path. */
    static final Path JAR = Path.of(System.getProperty("migrations.jar", "target/migrations.jar"));

    private final Map<String, String> environment;
    private final Path work;

    /**
     * @param environment the tool's environment variables
     * @param work        a folder for the captured output
     */
    JarCli(Map<String, String> environment, Path work) {
        this.environment = Map.copyOf(environment);
        this.work = work;
    }

    /** A tool whose environment points at a test database and a revisions folder. */
    static JarCli of(TestDatabase database, Path dir, Path work) {
        return new JarCli(Map.of("DATABASE_URL", database.jdbcUrl(), "MIGRATIONS_USER", database.user(),
                "MIGRATIONS_PASSWORD", database.password(), "MIGRATIONS_DIR", dir.toString()), work);
    }

    /** The same tool with one more environment variable. */
    JarCli with(String variable, String value) {
        Map<String, String> copy = new HashMap<>(environment);
        copy.put(variable, value);
        return new JarCli(copy, work);
    }

    /** {@code java [jvmOptions] -jar migrations.jar args}. */
    static List<String> command(List<String> jvmOptions, String... args) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString()));
        command.addAll(jvmOptions);
        command.addAll(List.of("-jar", JAR.toString()));
        command.addAll(List.of(args));
        return command;
    }

    /** Runs {@code java -jar migrations.jar args} to its end (at most 120 s). */
    CliRun run(String... args) throws IOException, InterruptedException {
        return run(command(List.of(), args));
    }

    /** Runs {@code command} (the jar, or a launcher of it) to its end (at most 120 s). */
    CliRun run(List<String> command) throws IOException, InterruptedException {
        Path out = Files.createTempFile(work, "stdout", ".txt");
        Path err = Files.createTempFile(work, "stderr", ".txt");
        Process process = builder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        boolean ended = process.waitFor(120, TimeUnit.SECONDS);
        if (!ended) {
            process.destroyForcibly().waitFor();
        }
        assertThat(ended).as("ended within 120 s: " + command + "\n" + Files.readString(err)).isTrue();
        return new CliRun(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err));
    }

    /** Starts {@code command}, its stdout and stderr going to {@code log}, and returns at once. */
    Process start(Path log, List<String> command) throws IOException {
        return builder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }

    private ProcessBuilder builder(List<String> command) {
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().keySet().removeIf(key -> key.equals("DATABASE_URL") || key.startsWith("MIGRATIONS_")
                || key.equals("JAVA_TOOL_OPTIONS"));
        builder.environment().putAll(environment);
        return builder;
    }
}
