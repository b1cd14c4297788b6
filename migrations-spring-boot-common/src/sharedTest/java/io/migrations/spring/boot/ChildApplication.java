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

    static Result run(Map<String, String> environment, List<String> args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"), TestApplication.class.getName()));
        command.addAll(args);
        Path log = Files.createTempFile("child-application", ".log");
        try {
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
            builder.environment().remove("DATABASE_URL");
            builder.environment().putAll(environment);
            Process process = builder.start();
            if (!process.waitFor(3, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new IllegalStateException("The application did not exit within 3 minutes:\n" + Files.readString(log));
            }
            return new Result(process.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(log);
        }
    }
}
