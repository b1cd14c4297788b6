package io.migrations.spring.boot;

import io.migrations.spring.app.TestApplication;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Runs {@link TestApplication} in its own JVM, as {@code java -jar app.jar …} would, to observe its exit code. */
final class ChildApplication {

    /**
     * @param exitCode the JVM's exit code
     * @param output   what it printed, standard error included
     */
    record Result(int exitCode, String output) {
    }

    private ChildApplication() {
    }

    /** Runs the application to its end. */
    static Result run(Map<String, String> environment, List<String> args) throws IOException, InterruptedException {
        return run(System.getProperty("java.class.path"), List.of(), environment, args);
    }

    /** Runs the application on {@code classPath} with {@code jvmOptions} to its end. */
    static Result run(String classPath, List<String> jvmOptions, Map<String, String> environment, List<String> args)
            throws IOException, InterruptedException {
        Path log = Files.createTempFile("child-application", ".log");
        try {
            Process process = start(classPath, jvmOptions, environment, args, log);
            if (!process.waitFor(3, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new IllegalStateException("The application did not exit within 3 minutes:\n" + Files.readString(log));
            }
            return new Result(process.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(log);
        }
    }

    /** Starts the application, its output going to {@code log}, and returns at once. */
    static Process start(Map<String, String> environment, List<String> args, Path log) throws IOException {
        return start(System.getProperty("java.class.path"), List.of(), environment, args, log);
    }

    /** Starts the application on {@code classPath} with {@code jvmOptions}, its output going to {@code log}. */
    static Process start(String classPath, List<String> jvmOptions, Map<String, String> environment, List<String> args,
                         Path log) throws IOException {
        List<String> command = new ArrayList<>(List.of(AotBuild.java(), "-XX:TieredStopAtLevel=1", "-cp", classPath));
        command.addAll(jvmOptions);
        command.add(TestApplication.class.getName());
        command.addAll(args);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().remove("DATABASE_URL");
        builder.environment().putAll(environment);
        return builder.start();
    }

    /** What must hold before {@link #terminateWhen} sends SIGTERM, e.g. a revision applied. */
    @FunctionalInterface
    interface Condition {
        boolean holds() throws Exception;
    }

    /**
     * Sends SIGTERM (as a container runtime does) once {@code ready} holds, or after 90 s, and waits up to a minute for
     * the application to end by itself; kills it when it does not.
     *
     * @return whether it ended by itself
     */
    static boolean terminateWhen(Process child, Condition ready) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        while (child.isAlive() && !ready.holds() && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        child.destroy();
        boolean ended = child.waitFor(60, TimeUnit.SECONDS);
        if (!ended) {
            child.destroyForcibly().waitFor();
        }
        return ended;
    }
}
