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
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The throwaway databases of {@code revision --autogenerate} and {@code check --model} (the model and the replay of
 * the revisions) are gone when the command ends: after success, after failure, and when the process is stopped
 * while the model is still being applied, by SIGTERM or by Ctrl-C's SIGINT. The packaged jar runs as its own process;
 * the databases it created are read from its log, so that other tests' throwaway databases on the same server do not
 * count.
 */
class ThrowawayDatabasesIT {

    private static final Pattern CREATED = Pattern.compile("Created (?:model|shadow) database (migrations_\\w+)");

    @RegisterExtension
    static final FreshDatabase DB = new FreshDatabase();

    private final TestDatabase db = DB.get();

    @TempDir
    Path work;

    private Path dir;
    private Path model;
    private JarCli cli;

    @BeforeEach
    void project() throws IOException {
        dir = Files.createDirectories(work.resolve("db/migrations"));
        model = work.resolve("db/schema.sql");
        TestRevision.of("aaa111").message("Create users")
                .statements("CREATE TABLE users (id bigint PRIMARY KEY)", "DROP TABLE users").writeSql(dir);
        cli = JarCli.of(db, dir, work);
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
        Process process = startAndWaitUntilBothAreBusy(List.of(), "check", "--model", model.toString());

        process.destroy(); // SIGTERM: the JVM runs its shutdown hooks
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).as(log()).isTrue();
        assertCreatedAndGone(2);
    }

    /** Ctrl-C in a terminal sends SIGINT to the foreground process; here {@code kill -INT} sends it. */
    @Test
    @EnabledOnOs(OS.LINUX)
    void goneAfterCtrlCDuringAutogenerate() throws Exception {
        // A JVM started with SIGINT ignored (as a shell's background job is) would not react to it: env restores it.
        Process process = startAndWaitUntilBothAreBusy(List.of("env", "--default-signal=INT"), "revision",
                "--autogenerate", "-m", "interrupted");

        Process kill = new ProcessBuilder("kill", "-INT", String.valueOf(process.pid())).inheritIO().start();
        assertThat(kill.waitFor(10, TimeUnit.SECONDS)).isTrue();
        assertThat(kill.exitValue()).as("kill -INT").isZero();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).as(log()).isTrue();
        assertThat(process.exitValue()).as(log()).isEqualTo(130); // 128 + SIGINT: stopped, not finished
        assertCreatedAndGone(2);
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(file -> file.getFileName().toString())).as("no revision written")
                    .containsExactlyInAnyOrder("aaa111_create_users.sql", "bbb222_slow.sql");
        }
    }

    /**
     * Starts the jar (behind {@code launcher}, a command that execs it) with a model and a revision that each take two
     * minutes, and returns while both throwaway databases exist and run a statement.
     */
    private Process startAndWaitUntilBothAreBusy(List<String> launcher, String... args) throws Exception {
        Files.writeString(model, "CREATE TABLE users (id bigint PRIMARY KEY); SELECT pg_sleep(120);");
        TestRevision.of("bbb222", "aaa111").message("slow").statements("SELECT pg_sleep(120)", "SELECT 1")
                .writeSql(dir);
        List<String> command = new ArrayList<>(launcher);
        command.addAll(JarCli.command(List.of(), args));
        Process process = cli.start(work.resolve("log.txt"), command);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!busy() && System.nanoTime() < deadline) {
            assertThat(process.isAlive()).as(log()).isTrue();
            Thread.sleep(50);
        }
        assertThat(busy()).as(log()).isTrue();
        Thread.sleep(1000); // both reach their pg_sleep
        assertThat(process.isAlive()).as(log()).isTrue();
        assertThat(log()).doesNotContain("Dropped temporary database");
        return process;
    }

    private boolean busy() throws IOException {
        String log = log();
        return log.contains("Applying the model") && log.contains("Replaying the revisions into");
    }

    private Process start(String... args) throws IOException {
        return cli.start(work.resolve("log.txt"), JarCli.command(List.of(), args));
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
