package io.migrations.benchmarks;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * How to start this program again in a new JVM: {@code java -jar benchmarks.jar} when it runs from its jar,
 * otherwise {@code java -cp <class path> BenchmarkMain} (from an IDE or the tests).
 *
 * @param java   the {@code java} executable of this JVM
 * @param launch the arguments that select the program
 */
record JavaCommand(Path java, List<String> launch) {

    JavaCommand {
        launch = List.copyOf(launch);
    }

    /** The command that starts this same program with this same Java. */
    static JavaCommand current() {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Path jar = codeSource();
        return Files.isRegularFile(jar) && jar.toString().endsWith(".jar")
                ? new JavaCommand(java, List.of("-jar", jar.toString()))
                : new JavaCommand(java, List.of("-cp", System.getProperty("java.class.path"), BenchmarkMain.class.getName()));
    }

    /** The full command line with {@code args} appended. */
    List<String> command(List<String> args) {
        List<String> command = new ArrayList<>();
        command.add(java.toString());
        command.addAll(launch);
        command.addAll(args);
        return command;
    }

    /** A short form for messages, e.g. {@code java -jar benchmarks.jar}. */
    String describe() {
        return "-jar".equals(launch.get(0)) ? "java -jar " + Path.of(launch.get(1)).getFileName() : "java -cp ...";
    }

    /** The jar (or class folder) this program was loaded from. */
    static Path codeSource() {
        try {
            return Path.of(BenchmarkMain.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException("Cannot locate the benchmark's own code: " + e.getMessage(), e);
        }
    }
}
