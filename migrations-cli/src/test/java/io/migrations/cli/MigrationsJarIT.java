package io.migrations.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.migrations.testdb.FreshDatabase;
import io.migrations.testdb.TestDatabase;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** The packaged fat jar, run as {@code java -jar} the way a Docker entrypoint or a deploy hook runs it. */
class MigrationsJarIT {

    private static final Path JAR = Path.of(System.getProperty("migrations.jar", "target/migrations.jar"));
    private static final Path LAUNCHER = Path.of("../bin/migrations");

    @RegisterExtension
    static final FreshDatabase DB = new FreshDatabase();

    private final TestDatabase db = DB.get();

    @TempDir
    Path work;

    @Test
    void isAnExecutableJarAtTheDocumentedPath() throws Exception {
        assertThat(JAR).endsWith(Path.of("migrations-cli", "target", "migrations.jar")).isRegularFile();
        assertThat(Files.size(JAR)).as("jar size").isLessThan(6_000_000L);

        CliRun help = java(Map.of(), "--help");
        assertThat(help.exitCode()).isZero();
        assertThat(help.out()).contains("Usage: migrations", "upgrade", "downgrade");
        CliRun version = java(Map.of(), "--version");
        assertThat(version.out()).matches("migrations \\d+\\.\\d+\\.\\d+.*\n");
        assertThat(java(Map.of(), "upgrade", "--help").out()).contains("--sql");
    }

    @Test
    void launcherScriptRunsTheJar() throws Exception {
        CliRun run = run(List.of(LAUNCHER.toString(), "--version"), Map.of("MIGRATIONS_JAR", JAR.toString()));
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).startsWith("migrations ");

        CliRun missing = run(List.of(LAUNCHER.toString(), "--version"), Map.of("MIGRATIONS_JAR", "/nonexistent.jar"));
        assertThat(missing.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(missing.err()).contains("/nonexistent.jar not found");
    }

    @Test
    void migratesALiveDatabaseAndLogsEachRevisionOnStderr() throws Exception {
        Path dir = work.resolve("db/migrations");
        Map<String, String> env = Map.of("DATABASE_URL", db.jdbcUrl(), "MIGRATIONS_USER", db.user(),
                "MIGRATIONS_PASSWORD", db.password(), "MIGRATIONS_DIR", dir.toString());
        assertThat(java(env, "init").exitCode()).isZero();
        TestRevision.of("aaa111").message("init").writeSql(dir);
        TestRevision.of("bbb222", "aaa111").message("Add users table").writeSql(dir);

        CliRun upgrade = java(env, "upgrade", "head");
        assertThat(upgrade.exitCode()).as(upgrade.err()).isZero();
        assertThat(upgrade.out()).isEmpty();
        assertThat(upgrade.err()).containsPattern("INFO  \\[io\\.migrations\\.internal\\.engine\\.Executor] "
                        + "Running upgrade  -> aaa111, init \\(\\d+ ms\\)\n")
                .containsPattern("Running upgrade aaa111 -> bbb222, Add users table \\(\\d+ ms\\)\n")
                .containsPattern("INFO  \\[io\\.migrations\\.Migrations] .*bbb222");
        assertThat(Databases.versions(db)).containsExactly("bbb222");

        assertThat(java(env, "current").out()).isEqualTo("bbb222 (head)\n");
        assertThat(java(env, "check").exitCode()).isZero();
        CliRun downgrade = java(env, "downgrade", "base");
        assertThat(downgrade.err()).contains("Running downgrade aaa111 -> , init");
        assertThat(Databases.versions(db)).isEmpty();
        assertThat(java(env, "check").exitCode()).isEqualTo(ExitCode.FAILURE);
    }

    @Test
    void retriesAnUnreachableDatabaseThenFailsWithExitOne() throws Exception {
        Map<String, String> env = Map.of("DATABASE_URL", "postgresql://app:pa55word@127.0.0.1:1/app",
                "MIGRATIONS_DIR", work.toString());
        CliRun run = java(env, "--connect-retries", "1", "--connect-timeout", "2", "upgrade", "head");
        assertThat(run.exitCode()).isEqualTo(ExitCode.FAILURE);
        assertThat(run.err()).contains("Connection attempt 1 of 2 failed: Cannot connect to 127.0.0.1:1/app")
                .contains("FAILED: Cannot connect to 127.0.0.1:1/app").doesNotContain("pa55word", "\tat ");

        CliRun debug = java(env, "--debug", "current");
        assertThat(debug.exitCode()).isEqualTo(ExitCode.FAILURE);
        assertThat(debug.err()).contains("\tat ").doesNotContain("pa55word");
    }

    @Test
    void usageErrorsExitWithTwo() throws Exception {
        CliRun run = java(Map.of("MIGRATIONS_DIR", work.toString()), "downgrade");
        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).startsWith("FAILED: Missing required parameter");
    }

    private CliRun java(Map<String, String> env, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", JAR.toString()));
        command.addAll(List.of(args));
        return run(command, env);
    }

    private CliRun run(List<String> command, Map<String, String> env) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().keySet().removeIf(key -> key.equals("DATABASE_URL") || key.startsWith("MIGRATIONS_"));
        builder.environment().putAll(env);
        Path err = Files.createTempFile(work, "stderr", ".txt");
        Process process = builder.redirectError(err.toFile()).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        return new CliRun(process.exitValue(), out, Files.readString(err));
    }
}
