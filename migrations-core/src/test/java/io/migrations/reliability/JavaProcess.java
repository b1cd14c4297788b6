package io.migrations.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.concurrent.TimeUnit;

/** {@link MigrateMain} in its own JVM, with the test's class path and output in files. */
final class JavaProcess {

    private final Process process;
    private final Path output;

    private JavaProcess(Process process, Path output) {
        this.process = process;
        this.output = output;
    }

    /** Starts {@code MigrateMain args}; stdout and stderr go to one file in {@code dir}. */
    static JavaProcess start(Path dir, List<String> args) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Paths.get(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xshare:auto");
        command.add("-XX:TieredStopAtLevel=1");
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(MigrateMain.class.getName());
        command.addAll(args);
        Path output = Files.createTempFile(dir, "process", ".log");
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile()).start();
        return new JavaProcess(process, output);
    }

    /** Waits for the exit and returns its code; a process still running after 120 s is killed and fails the test. */
    int waitFor() throws InterruptedException {
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("process did not finish within 120 s; output:\n" + output());
        }
        return process.exitValue();
    }

    /** Sends SIGKILL and waits until the process is gone. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    boolean isAlive() {
        return process.isAlive();
    }

    /**
     * Waits for every process, checks that each exits 0 and printed MigrateMain's {@code applied N}, and returns the
     * sum of N: the steps applied over all of them.
     */
    static int stepsAppliedByAll(List<JavaProcess> processes) throws InterruptedException {
        int applied = 0;
        for (JavaProcess process : processes) {
            assertThat(process.waitFor()).as(process.output()).isZero();
            Matcher count = Pattern.compile("applied (\\d+)").matcher(process.output());
            assertThat(count.find()).as(process.output()).isTrue();
            applied += Integer.parseInt(count.group(1));
        }
        return applied;
    }

    /** Waits until the process has printed {@code text}; fails if it exits first or takes more than 120 s. */
    void awaitOutput(String text) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (!output().contains(text)) {
            if (!process.isAlive() || System.nanoTime() > deadline) {
                throw new AssertionError("The process did not print '" + text + "':\n" + output());
            }
            Thread.sleep(20);
        }
    }

    /** Everything the process printed so far. */
    String output() {
        try {
            return Files.readString(output);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
