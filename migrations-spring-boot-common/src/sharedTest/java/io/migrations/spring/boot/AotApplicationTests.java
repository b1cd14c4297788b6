package io.migrations.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;

import io.migrations.spring.TestDatabaseExtension;
import io.migrations.spring.app.TestApplication;
import io.migrations.spring.boot.revisions.AddAccountNote;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The test application processed ahead of time, as {@code spring-boot-maven-plugin:process-aot} does, and started
 * with {@code -Dspring.aot.enabled=true}: the run mode and migrate-only are decided by the settings it runs with,
 * not those of its build. The build indexes the revision locations for a native image.
 */
class AotApplicationTests {

    @RegisterExtension
    static final TestDatabaseExtension db = new TestDatabaseExtension();

    @TempDir
    static Path dir;

    private static AotBuild build;

    @BeforeAll
    static void processAheadOfTime() throws Exception {
        // Built as a plain web application that migrates at startup, like most.
        build = AotBuild.process(dir, TestApplication.class, dataSourceArgs());
    }

    /** The test's SQL revisions, and a Java one on top. */
    private static final String LOCATIONS = "--migrations.locations=classpath:db/migrations,"
            + "classpath:" + AddAccountNote.class.getPackageName().replace('.', '/');

    private static List<String> dataSourceArgs() {
        List<String> args = new ArrayList<>(Arrays.stream(db.dataSourceProperties()).map(p -> "--" + p).toList());
        args.add(LOCATIONS);
        return args;
    }

    private static List<String> args(String... more) {
        List<String> all = new ArrayList<>(dataSourceArgs());
        all.add("--server.port=0");
        all.addAll(Arrays.asList(more));
        return all;
    }

    @Test
    void theBuildIndexesEachClassPathLocationAndHintsItsFilesAndRevisionClasses() throws Exception {
        assertThat(Files.readAllLines(build.resources().resolve("db/migrations/migrations.index")))
                .containsExactly("db/migrations/a1_create_account.sql", "db/migrations/b2_add_email.sql");
        String javaFolder = AddAccountNote.class.getPackageName().replace('.', '/');
        assertThat(Files.readAllLines(build.resources().resolve(javaFolder + "/migrations.index")))
                .containsExactly(javaFolder + "/AddAccountNote.class");
        // reachability-metadata.json from Spring Framework 7, resource- and reflect-config.json before.
        String hints;
        try (Stream<Path> files = Files.walk(build.resources().resolve("META-INF/native-image"))) {
            // The JSON may escape '/' as '\/'.
            hints = files.filter(Files::isRegularFile).map(AotApplicationTests::read).collect(Collectors.joining("\n"))
                    .replace("\\/", "/");
        }
        assertThat(hints).contains("db/migrations/migrations.index", "db/migrations/a1_create_account.sql",
                javaFolder + "/migrations.index", AddAccountNote.class.getName());
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void migrateProfileAppliesTheRevisionsAndExitsZero() throws Exception {
        ChildApplication.Result result = ChildApplication.run(build.classPath(), List.of("-Dspring.aot.enabled=true"),
                Map.of(), args("--spring.profiles.active=migrate"));
        assertThat(result.exitCode()).as(result.output()).isZero();
        assertThat(result.output()).contains("Starting AOT-processed TestApplication")
                .contains("Migrate-only run: " + db.jdbcUrl() + ": Ran 3 steps")
                .doesNotContain(TestApplication.RUNNERS_RAN);
        assertThat(db.versions()).containsExactly("c3");
    }

    @Test
    void modeNoneAtRunTimeDoesNotMigrate() throws Exception {
        String output = startAndStop(args("--migrations.mode=none"));
        assertThat(output).contains("Starting AOT-processed TestApplication").contains(TestApplication.RUNNERS_RAN);
        assertThat(db.versions()).isEmpty();
    }

    @Test
    void theDefaultModeMigratesAtStartup() throws Exception {
        String output = startAndStop(args());
        assertThat(output).contains("Starting AOT-processed TestApplication").contains(TestApplication.RUNNERS_RAN);
        assertThat(db.versions()).containsExactly("c3");
    }

    /** Starts the processed application, waits until its runners ran, stops it and returns what it printed. */
    private static String startAndStop(List<String> args) throws Exception {
        Path log = Files.createTempFile(dir, "child", ".log");
        Process child = ChildApplication.start(build.classPath(), List.of("-Dspring.aot.enabled=true"), Map.of(), args,
                log);
        try {
            long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
            while (child.isAlive() && !Files.readString(log).contains(TestApplication.RUNNERS_RAN)
                    && System.nanoTime() < deadline) {
                Thread.sleep(100);
            }
            return Files.readString(log);
        } finally {
            child.destroy();
            if (!child.waitFor(60, TimeUnit.SECONDS)) {
                child.destroyForcibly().waitFor();
            }
        }
    }
}
