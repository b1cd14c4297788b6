package io.migrations.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.migrations.testdb.FreshDatabase;
import io.migrations.testdb.TestDatabase;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The throwaway databases of {@code revision --autogenerate} and {@code check --model} (the model and the replay of
 * the revisions) are gone when the command ends: after success, after failure, and when the process is stopped
 * while the model is still being applied. The packaged jar runs as its own process; the databases it created are
 * read from its log, so that other tests' throwaway databases on the same server do not count.
 */
class ThrowawayDatabasesIT {

    private static final Path JAR = Path.of(System.getProperty("migrations.jar", "target/migrations.jar"));
    private static final Pattern CREATED = Pattern.compile("Created (?:model|shadow) database (migrations_\\w+)");

    @RegisterExtension
    static final FreshDatabase DB = new FreshDatabase();

    private final TestDatabase db = DB.get();

    @TempDir
    Path work;

    private Path dir;
    private Path model;
    private Map<String, String> env;

    @BeforeEach
    void project() throws IOException {
        dir = Files.createDirectories(work.resolve("db/migrations"));
        model = work.resolve("db/schema.sql");
        TestRevision.of("aaa111").message("Create users")
                .statements("CREATE TABLE users (id bigint PRIMARY KEY)", "DROP TABLE users").writeSql(dir);
        env = Map.of("DATABASE_URL", db.jdbcUrl(), "MIGRATIONS_USER", db.user(), "MIGRATIONS_PASSWORD", db.password(),
                "MIGRATIONS_DIR", dir.toString());
    }

    @Test
    void goneAfterSuccess() throws Exception {
        Files.writeString(model, "CREATE TABLE users (id bigint PRIMARY KEY, email text);");
        Process process = start("revision", "--autogenerate", "-m", "email");

        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(log()).isZero();
        assertCreatedAndGone(2);
    }

    @Test
    void goneAfterFailure() throws Exception {
        Files.writeString(model, "CREATE TABLE users (id bigint PRIMARY KEY, email no_such_type);");
        Process process = start("check", "--model", model.toString());

        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(log()).isEqualTo(ExitCode.USAGE);
        assertThat(log()).contains("FAILED: " + model + ":1: the model does not apply");
        assertCreatedAndGone(2);
    }

    @Test
    void goneAfterTheProcessIsStopped() throws Exception {
        Files.writeString(model, "CREATE TABLE users (id bigint PRIMARY KEY); SELECT pg_sleep(120);");
        Process process = start("check", "--model", model.toString());
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!log().contains("Applying the model") && System.nanoTime() < deadline) {
            assertThat(process.isAlive()).as(log()).isTrue();
            Thread.sleep(50);
        }
        Thread.sleep(500);

        process.destroy(); // SIGTERM, as Ctrl-C's SIGINT: the JVM runs its shutdown hooks
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).as(log()).isTrue();
        assertCreatedAndGone(1);
    }

    private Process start(String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-jar", JAR.toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().keySet().removeIf(key -> key.equals("DATABASE_URL") || key.startsWith("MIGRATIONS_"));
        builder.environment().putAll(env);
        return builder.redirectErrorStream(true).redirectOutput(work.resolve("log.txt").toFile()).start();
    }

    private String log() throws IOException {
        Path log = work.resolve("log.txt");
        return Files.exists(log) ? Files.readString(log) : "";
    }

    /** At least {@code created} throwaway databases were created, and none of them exists any more. */
    private void assertCreatedAndGone(int created) throws IOException, SQLException {
        List<String> names = new ArrayList<>();
        for (Matcher matcher = CREATED.matcher(log()); matcher.find(); ) {
            names.add(matcher.group(1));
        }
        assertThat(names).as(log()).hasSizeGreaterThanOrEqualTo(created);
        for (String name : names) {
            assertThat(db.strings("SELECT count(*) FROM pg_database WHERE datname = '" + name + "'"))
                    .as(name + " after\n" + log()).containsExactly("0");
        }
    }
}
