package io.migrations.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.migrations.testdb.FakeServer;
import io.migrations.testdb.FreshDatabase;
import io.migrations.testdb.TestDatabase;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** The packaged fat jar, run as {@code java -jar} the way a Docker entrypoint or a deploy hook runs it. */
class MigrationsJarIT {

    private static final Path JAR = JarCli.JAR;
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
        CliRun run = run(List.of(LAUNCHER.toString(), "--version"), Map.of("MIGRATIONS_JAR", JAR.toString(),
                "MIGRATIONS_CDS", "off"));
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).startsWith("migrations ");

        CliRun missing = run(List.of(LAUNCHER.toString(), "--version"), Map.of("MIGRATIONS_JAR", "/nonexistent.jar"));
        assertThat(missing.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(missing.err()).contains("/nonexistent.jar not found");
    }

    @Test
    void launcherRecordsAClassDataArchiveOnFirstUseAndMapsItAfter() throws Exception {
        Path cds = work.resolve("cds");
        Map<String, String> env = Map.of("MIGRATIONS_JAR", JAR.toString(), "MIGRATIONS_CDS_DIR", cds.toString(),
                "JAVA_HOME", System.getProperty("java.home"));
        CliRun first = run(List.of(LAUNCHER.toString(), "--version"), env);
        assertThat(first.exitCode()).as(first.err()).isZero();
        assertThat(first.err()).isEmpty();
        List<Path> archives;
        try (var files = Files.list(cds)) {
            archives = files.toList();
        }
        assertThat(archives).as("one published archive, no partial ones").singleElement()
                .satisfies(archive -> assertThat(archive.getFileName().toString()).endsWith(".jsa"));
        assertThat(Files.size(archives.get(0))).isPositive();

        CliRun mapped = run(List.of(LAUNCHER.toString(), "--version"), env);
        assertThat(mapped.exitCode()).as(mapped.err()).isZero();
        assertThat(mapped.out()).isEqualTo(first.out());
        assertThat(mapped.err()).isEmpty();
        // The archive holds picocli's classes too, whose old class-file version an archive recorded at exit leaves out.
        CliRun shared = run(JarCli.command(List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xshare:auto",
                "-XX:SharedArchiveFile=" + archives.get(0), "-Xlog:class+load=info"), "--version"), Map.of());
        assertThat(shared.out()).contains("picocli.CommandLine source: shared objects file",
                "io.migrations.cli.Cli source: shared objects file");

        // A damaged archive, or a directory that cannot be made, costs the speed-up and nothing else.
        assertThat(archives.get(0).toFile().setWritable(true)).isTrue();
        Files.writeString(archives.get(0), "not an archive");
        CliRun damaged = run(List.of(LAUNCHER.toString(), "--version"), env);
        assertThat(damaged.exitCode()).as(damaged.err()).isZero();
        assertThat(damaged.out()).isEqualTo(first.out());
        assertThat(damaged.err()).isEmpty();
        Path file = Files.writeString(work.resolve("a-file"), "");
        CliRun unwritable = run(List.of(LAUNCHER.toString(), "--version"),
                Map.of("MIGRATIONS_JAR", JAR.toString(), "MIGRATIONS_CDS_DIR", file.resolve("cds").toString()));
        assertThat(unwritable.exitCode()).as(unwritable.err()).isZero();
        assertThat(unwritable.out()).isEqualTo(first.out());
        assertThat(unwritable.err()).isEmpty();
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
    void badPortIsOneLineWithoutDriverWarnings() throws Exception {
        for (String url : List.of("postgresql://app:pa55word@127.0.0.1:notaport/app",
                "postgresql://app:pa55word@127.0.0.1:99999/app", "jdbc:postgresql://127.0.0.1:notaport/app")) {
            CliRun run = java(Map.of("DATABASE_URL", url, "MIGRATIONS_DIR", work.toString()), "current");
            assertThat(run.exitCode()).as(url).isEqualTo(ExitCode.USAGE);
            assertThat(run.err()).as(url).isEqualTo("FAILED: Invalid database URL: the port is not a number from 1 to "
                    + "65535 (not shown). Write the hosts as host:5432 or host1:5432,host2:5432.\n");
        }
    }

    @Test
    void passwordsWithUrlCharactersAppearNowhereInTheProcessOutput() throws Exception {
        String role = "jar_secret_" + Long.toHexString(System.nanoTime());
        db.execute("CREATE ROLE " + role + " LOGIN SUPERUSER");
        try {
            runAsRoleWithPasswords(role);
        } finally {
            db.execute("REASSIGN OWNED BY " + role + " TO CURRENT_USER; DROP OWNED BY " + role + "; DROP ROLE " + role);
        }
    }

    private void runAsRoleWithPasswords(String role) throws Exception {
        Path dir = work.resolve("db/migrations");
        TestRevision.of("aaa111").message("init").writeSql(dir);
        String hostAndDb = db.jdbcUrl().substring("jdbc:postgresql://".length());
        for (char c : "/@?#:".toCharArray()) {
            String password = "Zq7Kx" + c + "VwLm9";
            db.execute("ALTER ROLE " + role + " PASSWORD '" + password + "'");
            Map<String, String> env = Map.of("DATABASE_URL", "postgresql://" + role + ":" + password + "@" + hostAndDb,
                    "MIGRATIONS_DIR", dir.toString());
            for (CliRun run : List.of(java(env, "--debug", "upgrade", "head"), java(env, "--debug", "current", "-v"),
                    java(env, "--debug", "downgrade", "base"))) {
                assertThat(run.exitCode()).as(run.err()).isZero();
                assertThat(run.out() + run.err()).doesNotContain("Zq7Kx").doesNotContain("VwLm9");
            }
        }
    }

    @Test
    void aServerThatNeverAnswersIsGivenUpAfterTheConnectTimeout() throws Exception {
        try (FakeServer silent = FakeServer.start(FakeServer.Behaviour.SILENT)) {
            String url = "postgresql://app:pa55word@" + silent.hostAndPort() + "/app";
            CliRun flag = java(Map.of("DATABASE_URL", url, "MIGRATIONS_DIR", work.toString()),
                    "--connect-timeout", "2", "current");
            CliRun inUrl = java(Map.of("DATABASE_URL", url + "?connect_timeout=2", "MIGRATIONS_DIR", work.toString()),
                    "upgrade", "head");
            for (CliRun run : List.of(flag, inUrl)) {
                assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.FAILURE);
                assertThat(run.err()).startsWith("FAILED: Cannot connect to " + silent.hostAndPort() + "/app: no answer after ")
                        .hasLineCount(1).doesNotContain("pa55word");
            }
        }
    }

    @Test
    void sigtermEndsARunWaitingForASilentServerAtOnce() throws Exception {
        try (FakeServer silent = FakeServer.start(FakeServer.Behaviour.SILENT)) {
            Process process = start(Map.of("DATABASE_URL", "postgresql://app@" + silent.hostAndPort() + "/app",
                    "MIGRATIONS_DIR", work.toString()), "--connect-timeout", "10m", "upgrade", "head");
            while (silent.accepted() == 0 && process.isAlive()) {
                Thread.sleep(20);
            }
            process.destroy();
            boolean ended = process.waitFor(30, TimeUnit.SECONDS);
            if (!ended) {
                process.destroyForcibly().waitFor();
            }
            assertThat(ended).as("ended after SIGTERM").isTrue();
            assertThat(process.exitValue()).isNotZero();
        }
    }

    @Test
    void missingPasswordAndUnavailableSslGetAdviceThatFits() throws Exception {
        try (FakeServer server = FakeServer.start(FakeServer.Behaviour.DECLINES_SSL_ASKS_FOR_SCRAM)) {
            CliRun noPassword = java(Map.of("DATABASE_URL", "postgresql://app@" + server.hostAndPort() + "/app",
                    "MIGRATIONS_DIR", work.toString()), "current");
            assertThat(noPassword.exitCode()).isEqualTo(ExitCode.FAILURE);
            assertThat(noPassword.err()).startsWith("FAILED: Cannot connect to " + server.hostAndPort() + "/app: ")
                    .contains("requires a password for this user and none was given").hasLineCount(1);

            CliRun ssl = java(Map.of("DATABASE_URL", "postgresql://app:pa55word@" + server.hostAndPort()
                    + "/app?sslmode=require", "MIGRATIONS_DIR", work.toString()), "current");
            assertThat(ssl.exitCode()).isEqualTo(ExitCode.FAILURE);
            assertThat(ssl.err()).contains("requires SSL").contains("sslmode=prefer").hasLineCount(1)
                    .doesNotContain("pa55word");
        }
    }

    @Test
    void runningOutOfMemoryOnAHugeFileIsOneFailedLine() throws Exception {
        Path dir = Files.createDirectories(work.resolve("huge"));
        String statement = "INSERT INTO t VALUES (" + "1,".repeat(50) + "1);\n";
        try (var out = Files.newBufferedWriter(dir.resolve("aaa111_big.sql"))) {
            out.write("-- revision: aaa111\n-- down_revision:\n-- upgrade\n");
            for (long written = 0; written < 64L * 1024 * 1024; written += statement.length()) {
                out.write(statement);
            }
        }
        for (String heap : List.of("-Xmx24m", "-Xmx160m")) {
            CliRun run = run(JarCli.command(List.of(heap), "--dir", dir.toString(), "heads"), Map.of());
            assertThat(run.exitCode()).as(heap + ": " + run.err()).isNotZero();
            assertThat(run.err()).as(heap).startsWith("FAILED: ").hasLineCount(1).doesNotContain("\tat ", "Exception in");
        }
    }

    @Test
    void usageErrorsExitWithTwo() throws Exception {
        CliRun run = java(Map.of("MIGRATIONS_DIR", work.toString()), "downgrade");
        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).startsWith("FAILED: Missing required parameter");
    }

    /** The jar stays small without Hibernate; a jpa: model then says which jar to put on --classpath. */
    @Test
    void aJpaModelWithoutMigrationsHibernateNamesTheJarToAdd() throws Exception {
        CliRun run = java(Map.of("DATABASE_URL", db.jdbcUrl(), "MIGRATIONS_USER", db.user(), "MIGRATIONS_PASSWORD",
                db.password(), "MIGRATIONS_DIR", work.toString()), "check", "--model", "jpa:com.acme.domain");

        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).contains("JPA models need the io.migrations:migrations-hibernate artifact")
                .contains("migrations-hibernate-<version>-all.jar, on --classpath").doesNotContain("\tat ");
    }

    private CliRun java(Map<String, String> env, String... args) throws IOException, InterruptedException {
        return new JarCli(env, work).run(args);
    }

    private CliRun run(List<String> command, Map<String, String> env) throws IOException, InterruptedException {
        return new JarCli(env, work).run(command);
    }

    private Process start(Map<String, String> env, String... args) throws IOException {
        return new JarCli(env, work).start(Files.createTempFile(work, "out", ".txt"), JarCli.command(List.of(), args));
    }
}
