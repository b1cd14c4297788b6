package io.migrations.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/** A measured command run as a process of its own, from start to exit. */
final class ChildProcess {

    private ChildProcess() {
    }

    /**
     * Runs {@code command} with {@code environment} added to this process's, and waits for it.
     *
     * @param what names the run in the error
     * @throws IllegalStateException when it exits with an error, with its output
     */
    static void run(String what, List<String> command, Map<String, String> environment)
            throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().putAll(environment);
        Process process = builder.start();
        byte[] output = process.getInputStream().readAllBytes();
        int exit = process.waitFor();
        if (exit != 0) {
            throw new IllegalStateException(what + " exited with " + exit + ":\n"
                    + new String(output, StandardCharsets.UTF_8));
        }
    }
}
