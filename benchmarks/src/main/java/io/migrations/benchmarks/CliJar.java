package io.migrations.benchmarks;

import io.migrations.testdb.TestDatabase;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The CLI's fat jar, as users run it: its commands run in this JVM, loaded by a class loader of its own so that the
 * CLI's classes and logging stay apart from the benchmark's, or in a JVM of their own with {@code java -jar}.
 */
final class CliJar implements AutoCloseable {

    private final Path jar;
    private final URLClassLoader loader;
    private final Constructor<?> cli;
    private final Method execute;

    CliJar(Path jar) throws IOException, ReflectiveOperationException {
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("No CLI jar at " + jar.toAbsolutePath() + ": build it with "
                    + "'./mvnw -B -q -pl migrations-cli -am package -DskipTests', or name it with --cli-jar");
        }
        this.jar = jar;
        this.loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, ClassLoader.getPlatformClassLoader());
        // DriverManager was set up by the benchmark's own class path: the jar's driver registers itself when loaded.
        Class.forName("org.postgresql.Driver", true, loader);
        Class<?> type = loader.loadClass("io.migrations.cli.Cli");
        this.cli = type.getConstructor(Map.class, PrintWriter.class, PrintWriter.class);
        this.execute = type.getMethod("execute", String[].class);
    }

    /** The environment that points the CLI at {@code db} and the revisions in {@code dir}. */
    static Map<String, String> environment(TestDatabase db, Path dir) {
        Map<String, String> environment = new HashMap<>();
        environment.put("DATABASE_URL", db.jdbcUrl());
        environment.put("MIGRATIONS_USER", db.user());
        if (db.password() != null) {
            environment.put("MIGRATIONS_PASSWORD", db.password());
        }
        environment.put("MIGRATIONS_DIR", dir.toString());
        return environment;
    }

    /**
     * Runs {@code args} in this JVM.
     *
     * @return what the command printed on stdout
     * @throws IllegalStateException when it exits with another code than 0
     */
    String run(Map<String, String> environment, String... args) throws ReflectiveOperationException {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(loader);
        int code;
        try {
            Object instance = cli.newInstance(environment, new PrintWriter(out, true), new PrintWriter(err, true));
            code = (Integer) execute.invoke(instance, (Object) args);
        } catch (InvocationTargetException e) {
            throw new IllegalStateException("migrations " + String.join(" ", args) + " threw", e.getCause());
        } finally {
            thread.setContextClassLoader(previous);
        }
        if (code != 0) {
            throw new IllegalStateException("migrations " + String.join(" ", args) + " exited with " + code + ":\n"
                    + out + err);
        }
        return out.toString();
    }

    /** {@code java [jvmOptions] -jar migrations.jar args}, with {@code environment} instead of the benchmark's own. */
    ProcessBuilder process(List<String> jvmOptions, Map<String, String> environment, String... args) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString()));
        command.addAll(jvmOptions);
        command.addAll(List.of("-jar", jar.toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().keySet().removeIf(key -> key.equals("DATABASE_URL") || key.startsWith("MIGRATIONS_")
                || key.equals("JAVA_TOOL_OPTIONS"));
        builder.environment().putAll(environment);
        return builder;
    }

    @Override
    public void close() throws IOException {
        loader.close();
    }
}
