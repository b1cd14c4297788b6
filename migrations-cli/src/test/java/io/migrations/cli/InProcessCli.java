package io.migrations.cli;

import io.migrations.testdb.TestDatabase;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/** Runs the command line tool in this JVM, with its own environment, capturing stdout and stderr. */
final class InProcessCli {

    /** The revision index of every tool of this JVM's tests, so that they leave nothing in the user's cache folder. */
    private static final String INDEX_DIR = indexDir();

    private final Map<String, String> environment;

    InProcessCli(Map<String, String> environment) {
        Map<String, String> copy = new HashMap<>(environment);
        copy.putIfAbsent("MIGRATIONS_CACHE_DIR", INDEX_DIR);
        this.environment = Map.copyOf(copy);
    }

    private static String indexDir() {
        try {
            return Files.createTempDirectory("migrations-index").toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A tool whose environment points at a test database and a revisions folder. */
    static InProcessCli of(TestDatabase database, Path dir) {
        return new InProcessCli(Map.of()).withDatabase(database).with("MIGRATIONS_DIR", dir.toString());
    }

    /** A tool with only a revisions folder, no database. */
    static InProcessCli of(Path dir) {
        return new InProcessCli(Map.of("MIGRATIONS_DIR", dir.toString()));
    }

    /** The same tool with one more environment variable. */
    InProcessCli with(String variable, String value) {
        Map<String, String> copy = new HashMap<>(environment);
        copy.put(variable, value);
        return new InProcessCli(copy);
    }

    /** The same tool connecting to {@code database} through DATABASE_URL and MIGRATIONS_USER/PASSWORD. */
    InProcessCli withDatabase(TestDatabase database) {
        return with(EnvironmentDefaults.DATABASE_URL, database.jdbcUrl())
                .with("MIGRATIONS_USER", database.user())
                .with("MIGRATIONS_PASSWORD", database.password());
    }

    /**
     * Runs the tool and captures what went to the process's stderr meanwhile too (log lines, driver warnings); one
     * such run at a time, since stderr is the process's.
     */
    Logged runLogged(String... args) {
        synchronized (InProcessCli.class) {
            PrintStream original = System.err;
            ByteArrayOutputStream captured = new ByteArrayOutputStream();
            System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
            try {
                CliRun run = run(args);
                return new Logged(run, captured.toString(StandardCharsets.UTF_8));
            } finally {
                System.setErr(original);
            }
        }
    }

    /** A run and what its process wrote to stderr outside the tool's own output: the log lines. */
    record Logged(CliRun run, String logs) {

        String all() {
            return run.all() + logs;
        }
    }

    CliRun run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = new Cli(environment, new PrintWriter(out, true), new PrintWriter(err, true)).execute(args);
        return new CliRun(code, out.toString(), err.toString());
    }
}
