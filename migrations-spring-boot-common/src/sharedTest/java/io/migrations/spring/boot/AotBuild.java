package io.migrations.spring.boot;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

/**
 * What {@code spring-boot-maven-plugin:process-aot} does to an application, done to a test application: runs Spring
 * Boot's {@code SpringApplicationAotProcessor} on it in its own JVM, then compiles the generated sources. The
 * resulting class path entries, put before the application's, make {@code -Dspring.aot.enabled=true} start it from
 * the generated bean definitions.
 *
 * @param classes   the compiled generated sources
 * @param resources the generated resources (hints, index files)
 */
record AotBuild(Path classes, Path resources) {

    /** Processes {@code mainClass} as the build would, with {@code args} as the application's build-time arguments. */
    static AotBuild process(Path dir, Class<?> mainClass, List<String> args) throws IOException, InterruptedException {
        Path sources = Files.createDirectories(dir.resolve("sources"));
        Path resources = Files.createDirectories(dir.resolve("resources"));
        Path classes = Files.createDirectories(dir.resolve("classes"));
        List<String> command = new ArrayList<>(List.of(java(), "-cp", System.getProperty("java.class.path"),
                "org.springframework.boot.SpringApplicationAotProcessor", mainClass.getName(), sources.toString(),
                resources.toString(), classes.toString(), "io.migrations", "aot-test"));
        command.addAll(args);
        Path log = dir.resolve("process-aot.log");
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!process.waitFor(3, TimeUnit.MINUTES) || process.exitValue() != 0) {
            process.destroyForcibly();
            throw new IllegalStateException("AOT processing failed:\n" + Files.readString(log));
        }
        compile(sources, classes);
        return new AotBuild(classes, resources);
    }

    /** The class path that runs the processed application: generated classes and resources first. */
    String classPath() {
        return classes + File.pathSeparator + resources + File.pathSeparator + System.getProperty("java.class.path");
    }

    private static void compile(Path sources, Path classes) throws IOException {
        List<String> files;
        try (Stream<Path> walk = Files.walk(sources)) {
            files = walk.filter(path -> path.toString().endsWith(".java")).map(Path::toString).toList();
        }
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        // The processor writes the CGLIB proxies of configuration classes to the class output; the sources use them.
        List<String> options = new ArrayList<>(List.of("-d", classes.toString(), "-cp",
                classes + File.pathSeparator + System.getProperty("java.class.path"), "-proc:none", "-nowarn",
                "-parameters"));
        options.addAll(files);
        int status = compiler.run(null, null, null, options.toArray(String[]::new));
        if (status != 0) {
            throw new IllegalStateException("Compiling the AOT sources failed (status " + status + ")");
        }
    }

    static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
