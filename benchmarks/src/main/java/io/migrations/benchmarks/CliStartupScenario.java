package io.migrations.benchmarks;

import io.migrations.testdb.TestDatabase;
import io.migrations.testdb.TestServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Scenario 7: a command line run that finds nothing to do, as a whole process from start to exit: our
 * {@code migrations current} on {@value #SIZE} revisions, before (a plain {@code java -jar}) and after (the
 * {@code bin/migrations} launcher with its class-data sharing archive, recorded by the unmeasured warm-up run),
 * next to Alembic's {@code alembic current} on the same chain written as Alembic scripts, and a Flyway no-op
 * (validate and migrate) in a JVM of its own. One warm-up for each, which also fills Python's byte-code cache.
 */
final class CliStartupScenario {

    static final String NAME = "cli";
    static final int SIZE = 1000;
    static final String JAVA_JAR = "ours-java-jar";
    static final String LAUNCHER = "ours-bin";
    static final String LAUNCHER_UPGRADE = "ours-bin-upgrade";
    static final String ALEMBIC = "alembic";
    static final String FLYWAY = "flyway-process";

    private static final Path ALEMBIC_COMMAND = Path.of("/usr/bin/alembic");

    private final Databases databases;
    private final JavaCommand benchmark;
    private final int runs;
    private final Report report;

    CliStartupScenario(Databases databases, JavaCommand benchmark, int runs, Report report) {
        this.databases = databases;
        this.benchmark = benchmark;
        this.runs = runs;
        this.report = report;
    }

    /** Measures every command; needs the CLI jar built and real Alembic installed, and says so when either is missing. */
    void run(Path workDir) throws Exception {
        Path home = repositoryRoot();
        Path jar = home.resolve("migrations-cli/target/migrations.jar");
        Path launcher = home.resolve("bin/migrations");
        if (!Files.isRegularFile(jar) || !Files.isExecutable(launcher)) {
            throw new IllegalStateException("Scenario " + NAME + " runs " + jar + " through " + launcher + "; build it "
                    + "first: ./mvnw -B -q -pl benchmarks,migrations-cli -am package -DskipTests");
        }
        if (!Files.isExecutable(ALEMBIC_COMMAND)) {
            throw new IllegalStateException("Scenario " + NAME + " compares with " + ALEMBIC_COMMAND
                    + "; install it with: apt-get install -y alembic python3-psycopg2");
        }
        report.section("Scenario 7: a command that finds nothing to do, as a whole process, n=" + SIZE + ", 1 warm-up then "
                + runs + " runs");
        Workload workload = Workload.write(workDir.resolve("cli-n" + SIZE), SIZE);
        TestDatabase ours = databases.create("bench_cli_ours");
        Tools.named("ours").apply(ours, workload);
        Map<String, String> env = Map.of("DATABASE_URL", ours.jdbcUrl(), "MIGRATIONS_USER", ours.user(),
                "MIGRATIONS_PASSWORD", Objects.toString(ours.password(), ""), "MIGRATIONS_DIR", workload.ours().toString(),
                "MIGRATIONS_JAR", jar.toString(), "MIGRATIONS_CDS_DIR", workDir.resolve("cds").toString(),
                "JAVA_HOME", System.getProperty("java.home"));
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        measure(JAVA_JAR, List.of(java.toString(), "-jar", jar.toString(), "current"), env);
        measure(LAUNCHER, List.of(launcher.toString(), "current"), env);
        measure(LAUNCHER_UPGRADE, List.of(launcher.toString(), "upgrade", "head"), env);

        TestDatabase alembic = databases.create("bench_cli_alembic");
        Path project = AlembicProject.write(workDir.resolve("alembic"), workload, alembic);
        Map<String, String> python = Map.of("PYTHONDONTWRITEBYTECODE", "");
        run(List.of(ALEMBIC_COMMAND.toString(), "-c", project.resolve("alembic.ini").toString(), "stamp", "head"), python);
        measure(ALEMBIC, List.of(ALEMBIC_COMMAND.toString(), "-c", project.resolve("alembic.ini").toString(), "current"),
                python);

        TestDatabase flyway = databases.create("bench_cli_flyway");
        Tools.named("flyway").apply(flyway, workload);
        measure(FLYWAY, benchmark.command(new ToolProcess(ToolProcess.CHECK, "flyway", flyway, workload).arguments()), Map.of());
    }

    private void measure(String tool, List<String> command, Map<String, String> env) throws Exception {
        report.add(new Result(NAME, tool, SIZE, Stopwatch.repeat(1, runs, () -> run(command, env))));
    }

    private static void run(List<String> command, Map<String, String> env) throws IOException, InterruptedException {
        ChildProcess.run(String.join(" ", command), command, env);
    }

    /** The checkout this benchmark was built in: benchmarks/target/benchmarks.jar or benchmarks/target/classes. */
    private static Path repositoryRoot() {
        return JavaCommand.codeSource().toAbsolutePath().getParent().getParent().getParent();
    }

    /** The workload as an Alembic project: one script per revision running the same SQL, in the same chain. */
    static final class AlembicProject {

        private AlembicProject() {
        }

        static Path write(Path root, Workload workload, TestDatabase db) {
            try {
                Path versions = Files.createDirectories(root.resolve("versions"));
                TestServer server = db.server();
                String password = Objects.toString(server.password(), "");
                String url = "postgresql://" + encode(server.user())
                        + (password.isEmpty() ? "" : ":" + encode(password))
                        + "@" + hostAndPort(server.baseUrl()) + "/" + db.name();
                Files.writeString(root.resolve("alembic.ini"), String.join("\n",
                        "[alembic]", "script_location = " + root, "sqlalchemy.url = " + url.replace("%", "%%"),
                        "", "[loggers]", "keys = root", "[handlers]", "keys = console", "[formatters]", "keys = generic",
                        "[logger_root]", "level = WARN", "handlers = console", "[handler_console]",
                        "class = StreamHandler", "args = (sys.stderr,)", "level = NOTSET", "formatter = generic",
                        "[formatter_generic]", "format = %%(levelname)-5.5s %%(message)s", ""));
                Files.writeString(root.resolve("env.py"), String.join("\n",
                        "from alembic import context",
                        "from sqlalchemy import engine_from_config, pool",
                        "config = context.config",
                        "connectable = engine_from_config(config.get_section(config.config_ini_section), "
                                + "prefix='sqlalchemy.', poolclass=pool.NullPool)",
                        "with connectable.connect() as connection:",
                        "    context.configure(connection=connection, target_metadata=None)",
                        "    with context.begin_transaction():",
                        "        context.run_migrations()", ""));
                for (int i = 1; i <= workload.size(); i++) {
                    RevisionSql revision = new RevisionSql(i);
                    List<String> lines = new ArrayList<>(List.of(
                            "from alembic import op",
                            "revision = '" + Workload.revisionId(i) + "'",
                            "down_revision = " + (i == 1 ? "None" : "'" + Workload.revisionId(i - 1) + "'"),
                            "branch_labels = None",
                            "depends_on = None",
                            "def upgrade():",
                            "    op.execute(\"\"\"" + revision.upgradeScript() + "\"\"\")",
                            "def downgrade():",
                            "    op.execute(\"" + revision.downgrade() + "\")", ""));
                    Files.writeString(versions.resolve(Workload.revisionId(i) + "_create_" + revision.table() + ".py"),
                            String.join("\n", lines));
                }
                return root;
            } catch (IOException e) {
                throw new UncheckedIOException("Could not write the Alembic project under " + root, e);
            }
        }

        private static String encode(String text) {
            return URLEncoder.encode(text, StandardCharsets.UTF_8);
        }

        /** host:port of a {@code jdbc:postgresql://host:port/} URL. */
        private static String hostAndPort(String jdbcBaseUrl) {
            String rest = jdbcBaseUrl.substring("jdbc:postgresql://".length());
            int slash = rest.indexOf('/');
            return slash < 0 ? rest : rest.substring(0, slash);
        }
    }
}
