package io.migrations.sample;

import static org.assertj.core.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * {@code target/sample-app.jar} running as a separate JVM, the way a user or a platform starts it. Its output goes to
 * a file under {@code target/} that failures quote.
 */
final class SampleProcess implements AutoCloseable {

    /** Long enough for a cold start on a busy CI machine; a healthy start takes a few seconds. */
    private static final Duration START_TIMEOUT = Duration.ofSeconds(90);
    private static final Duration POLL_INTERVAL = Duration.ofMillis(250);
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(20);

    private final Process process;
    private final Path log;

    private SampleProcess(Process process, Path log) {
        this.process = process;
        this.log = log;
    }

    /**
     * Starts {@code java -jar sample-app.jar arguments}.
     *
     * @param name        names the log file, {@code target/<name>.log}
     * @param environment variables added to the process's environment; see {@link #start}
     */
    static SampleProcess jar(String name, Map<String, String> environment, String... arguments) {
        List<String> command = new ArrayList<>(List.of(javaExecutable(), "-jar", jar().toString()));
        command.addAll(List.of(arguments));
        return start(name, environment, command);
    }

    /**
     * Starts the Docker image's command, {@code docker-entrypoint.sh arguments}, on the jar built here instead of the
     * image's {@code /app/app.jar}.
     */
    static SampleProcess entrypoint(String name, Map<String, String> environment, String... arguments) {
        List<String> command = new ArrayList<>(List.of("sh", System.getProperty("sample.entrypoint", "docker-entrypoint.sh")));
        command.addAll(List.of(arguments));
        Map<String, String> withJar = new HashMap<>(environment);
        withJar.put("APP_JAR", jar().toString());
        withJar.put("PATH", Path.of(javaExecutable()).getParent() + File.pathSeparator + System.getenv("PATH"));
        return start(name, withJar, command);
    }

    /**
     * Runs {@code command} with this JVM's environment minus any database, Spring or migrations settings the machine
     * may have, plus {@code environment}, so that each test alone decides which database the app sees.
     */
    private static SampleProcess start(String name, Map<String, String> environment, List<String> command) {
        Path log = jar().resolveSibling(name + ".log");
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().keySet().removeIf(key -> key.equals("DATABASE_URL") || key.startsWith("SPRING_")
                || key.startsWith("MIGRATIONS_") || key.equals("MIGRATE_ON_START") || key.equals("PORT"));
        // Quicker, lighter start-ups for short-lived test JVMs; the app itself does not depend on them.
        builder.environment().put("JAVA_TOOL_OPTIONS", "-XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xmx256m");
        builder.environment().putAll(environment);
        try {
            return new SampleProcess(builder.start(), log);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start " + command, e);
        }
    }

    private static Path jar() {
        Path jar = Path.of(System.getProperty("sample.jar", "target/sample-app.jar"));
        if (!Files.isRegularFile(jar)) {
            fail("No " + jar.toAbsolutePath() + ": run the end-to-end tests with 'mvn verify', which builds the jar first");
        }
        return jar;
    }

    /** A TCP port nobody listens on right now. */
    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Waits until the app on {@code port} reports readiness, failing with its log if it exits or never gets there. */
    void awaitReady(int port) {
        awaitOk(port, "/actuator/health/readiness");
    }

    /**
     * Waits until {@code path} answers 200, for apps that serve while not ready (revisions pending), failing with the
     * app's log if it exits or never gets there.
     */
    void awaitOk(int port, String path) {
        HttpClient client = HttpClient.newHttpClient();
        HttpRequest readiness = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .timeout(Duration.ofSeconds(5)).build();
        Instant deadline = Instant.now().plus(START_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                fail("The app exited with code " + process.exitValue() + " before it was ready:\n" + output());
            }
            try {
                if (client.send(readiness, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // Not listening yet.
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                fail("Interrupted while waiting for the app");
            }
            pause();
        }
        fail("The app was not ready within " + START_TIMEOUT.toSeconds() + " s:\n" + output());
    }

    /** Waits for the process to end by itself and returns its exit code. */
    int awaitExit() {
        try {
            if (!process.waitFor(START_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
                fail("The app did not exit within " + START_TIMEOUT.toSeconds() + " s:\n" + output());
            }
            return process.exitValue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for the app to exit", e);
        }
    }

    /** Everything the app printed so far. */
    String output() {
        try {
            return Files.readString(log);
        } catch (IOException e) {
            return "(could not read " + log + ": " + e.getMessage() + ")";
        }
    }

    /** Stops the app as a platform would (SIGTERM), then forcibly if it lingers. */
    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }

    private static String javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static void pause() {
        try {
            Thread.sleep(POLL_INTERVAL.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
