package io.migrations.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.migrations.internal.platform.AdvisoryLock;
import io.migrations.internal.platform.TableName;
import io.migrations.testdb.FreshDatabase;
import io.migrations.testdb.TestDatabase;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Ctrl-C in the middle of a run of the packaged jar, over a fleet or one database: SIGINT, as a terminal sends it
 * (Process.destroy() would send SIGTERM). Every revision records itself in its schema's {@code applied} table, so a
 * target's effects can be compared with its version row.
 */
class CtrlCIT {

    private static final int SCHEMAS = 40;
    private static final List<String> REVISIONS = List.of("r1", "r2", "r3");

    @RegisterExtension
    static final FreshDatabase DB = new FreshDatabase();

    private final TestDatabase db = DB.get();

    @TempDir
    Path work;

    @Test
    void ctrlCFinishesTheRevisionsInFlightStartsNoOtherAndTheRerunFinishes() throws Exception {
        Path dir = writeRevisions();
        List<String> schemas = IntStream.range(0, SCHEMAS).mapToObj(i -> String.format("sig_%02d", i)).toList();
        db.execute(String.join(";", schemas.stream().map(s -> "CREATE SCHEMA " + s).toList()));
        Path report = work.resolve("report.json");
        Path out = work.resolve("out.txt");
        List<String> command = JarCli.command(List.of(), "--url", db.jdbcUrl(), "--user", db.user(), "--dir", dir.toString(), "upgrade",
                "--schemas", String.join(",", schemas), "--parallel", "2", "--report", report.toString());

        Process process = start(command, out);
        while (finished(schemas) < 4 && process.isAlive()) {
            Thread.sleep(50);
        }
        boolean ended = interrupt(process);
        String output = Files.readString(out);

        assertThat(ended).as("ended after SIGINT: " + output).isTrue();
        assertThat(process.exitValue()).as(output).isNotZero();
        assertThat(output).contains("Stopped starting targets: interrupted (Ctrl-C).").contains("not started");
        String json = Files.readString(report);
        assertThat(json.split("\\{\"target\":", -1)).hasSize(SCHEMAS + 1);
        assertThat(json).contains("\"result\":\"not started\"").doesNotContain("\"result\":\"failed\"");
        List<String> states = states(schemas);
        for (String state : states) {
            String[] parts = state.split(" ", -1);
            assertThat(parts[1]).as("applied revisions match the version row: " + state)
                    .isEqualTo(parts[2].isEmpty() ? "" : String.join(",",
                            REVISIONS.subList(0, REVISIONS.indexOf(parts[2]) + 1)));
        }
        assertThat(states).as("some targets never started").anyMatch(state -> state.endsWith("  "));
        // A target caught between revisions finished the one it was running and started no other.
        for (int i = 0; i < SCHEMAS; i++) {
            String state = states.get(i);
            String entry = json.split("\\{\"target\":", -1)[i + 1];
            if (state.endsWith(" r1") || state.endsWith(" r2")) {
                assertThat(entry).as(state).contains("\"result\":\"stopped\"");
            }
            if (entry.contains("\"result\":\"stopped\"")) {
                assertThat(entry).as(state).contains("\"steps\":" + (REVISIONS.indexOf(state.substring(state.lastIndexOf(' ') + 1)) + 1));
            }
        }
        assertThat(states).as("the first targets finished").anyMatch(state -> state.endsWith(" r3"));

        CliRun rerun = InProcessCli.of(db, dir).run("upgrade", "--schemas", String.join(",", schemas), "--parallel",
                "4");
        assertThat(rerun.exitCode()).as(rerun.all()).isZero();
        assertThat(states(schemas)).allMatch(state -> state.endsWith(" r1,r2,r3 r3"), "every schema at r3 once");
    }

    @Test
    void ctrlCEndsTheWaitOfTargetsWhoseLockAnotherRunHolds() throws Exception {
        Path dir = writeRevisions();
        List<String> schemas = List.of("held_0", "held_1", "held_2");
        db.execute(String.join(";", schemas.stream().map(s -> "CREATE SCHEMA " + s).toList()));
        Path report = work.resolve("report.json");
        Path out = work.resolve("out.txt");
        List<String> command = JarCli.command(List.of(), "--url", db.jdbcUrl(), "--user", db.user(), "--dir",
                dir.toString(), "--lock-wait-timeout", "300s", "--wait-report-interval", "1s", "upgrade", "--schemas",
                String.join(",", schemas), "--parallel", "2", "--report", report.toString());

        try (Connection other = db.connect()) {
            for (String schema : schemas.subList(0, 2)) {
                try (PreparedStatement lock = other.prepareStatement("SELECT pg_advisory_lock(?)")) {
                    lock.setLong(1, AdvisoryLock.keyFor(new TableName(schema, "alembic_version")));
                    lock.execute();
                }
            }
            Process process = start(command, out);
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (process.isAlive() && Files.readString(out).split("Waiting for the migration lock", -1).length < 3
                    && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
            assertThat(Files.readString(out)).as("both targets wait for their lock").contains(
                    "held_0: Waiting for the migration lock", "held_1: Waiting for the migration lock");
            boolean ended = interrupt(process);
            String output = Files.readString(out);

            assertThat(ended).as("ended after SIGINT while the locks were still held, not after 300 s: " + output)
                    .isTrue();
            assertThat(process.exitValue()).as(output).isNotZero();
            assertThat(output).contains("Target held_0 stopped before its first revision",
                    "Target held_1 stopped before its first revision").doesNotContain("failed:");
        }
        String json = Files.readString(report);
        assertThat(json.split("\\{\"target\":", -1)).hasSize(schemas.size() + 1);
        assertThat(json.split("\"result\":\"stopped\",\"before\":null,\"after\":\\[],\"steps\":0", -1))
                .as(json).hasSize(3);
        assertThat(json).contains("\"result\":\"not started\"").doesNotContain("\"result\":\"failed\"");
        assertThat(states(schemas)).allMatch(state -> state.endsWith("  "), "nothing ran");

        CliRun rerun = InProcessCli.of(db, dir).run("upgrade", "--schemas", String.join(",", schemas));
        assertThat(rerun.exitCode()).as(rerun.all()).isZero();
        assertThat(states(schemas)).allMatch(state -> state.endsWith(" r1,r2,r3 r3"), "every schema at r3 once");
    }

    @Test
    void ctrlCInTheRunOfOneDatabaseLetsTheRevisionInFlightCommitAndStartsNoOther() throws Exception {
        List<String> revisions = IntStream.rangeClosed(1, 8).mapToObj(i -> "r" + i).toList();
        Path dir = writeRevisions(revisions, 0.3);
        Path out = work.resolve("out.txt");
        Process process = start(JarCli.command(List.of(), "--url", db.jdbcUrl(), "--user", db.user(), "--dir",
                dir.toString(), "upgrade"), out);
        while (process.isAlive() && !state("public").endsWith(" r2")) {
            Thread.sleep(20);
        }
        boolean ended = interrupt(process);
        String output = Files.readString(out);

        assertThat(ended).as("ended after SIGINT: " + output).isTrue();
        assertThat(process.exitValue()).as(output).isNotZero();
        assertThat(output).contains("Stopping: no new revision starts", "FAILED: Stopped as asked (Ctrl-C or SIGTERM) "
                + "before upgrade r").contains("Run the same command again to go on.").doesNotContain("\tat ");
        String state = state("public");
        String version = state.substring(state.lastIndexOf(' ') + 1);
        int reached = revisions.indexOf(version) + 1;
        assertThat(reached).as("stopped between r2 and r8: " + state + "\n" + output).isBetween(2, 7);
        assertThat(state).as("what ran matches the version row").isEqualTo("public "
                + String.join(",", revisions.subList(0, reached)) + " " + version);
        assertThat(db.strings("SELECT revision || ' ' || success FROM migrations_history ORDER BY id"))
                .as("each revision that ran committed with its history row")
                .containsExactlyElementsOf(revisions.subList(0, reached).stream().map(r -> r + " true").toList());

        CliRun rerun = InProcessCli.of(db, dir).run("upgrade");
        assertThat(rerun.exitCode()).as(rerun.all()).isZero();
        assertThat(state("public")).isEqualTo("public " + String.join(",", revisions) + " r8");
    }

    @Test
    void ctrlCEndsTheWaitForTheLockOfOneDatabaseAtOnce() throws Exception {
        Path dir = writeRevisions();
        Path out = work.resolve("out.txt");
        try (Connection other = db.connect(); PreparedStatement lock = other.prepareStatement(
                "SELECT pg_advisory_lock(?)")) {
            lock.setLong(1, AdvisoryLock.keyFor(new TableName("public", "alembic_version")));
            lock.execute();
            Process process = start(JarCli.command(List.of(), "--url", db.jdbcUrl(), "--user", db.user(), "--dir",
                    dir.toString(), "--lock-wait-timeout", "300s", "--wait-report-interval", "1s", "upgrade"), out);
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (process.isAlive() && !Files.readString(out).contains("Waiting for the migration lock")
                    && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
            boolean ended = interrupt(process);
            String output = Files.readString(out);

            assertThat(ended).as("ended after SIGINT while the lock was still held, not after 300 s: " + output)
                    .isTrue();
            assertThat(process.exitValue()).as(output).isNotZero();
            assertThat(output).contains("FAILED: Stopped as asked (Ctrl-C or SIGTERM) before the first revision: "
                    + "nothing was changed.");
        }
        assertThat(state("public")).isEqualTo("public  ");
    }

    /** Three revisions that each sleep a little and record themselves in the schema's {@code applied} table. */
    private Path writeRevisions() throws IOException {
        return writeRevisions(REVISIONS, 0.2);
    }

    /** {@code ids} in a chain, each sleeping {@code seconds} (a query: each is sent on its own) and recording itself. */
    private Path writeRevisions(List<String> ids, double seconds) throws IOException {
        Path dir = work.resolve("revisions");
        for (int i = 0; i < ids.size(); i++) {
            String id = ids.get(i);
            TestRevision.of(id, i == 0 ? new String[0] : new String[] {ids.get(i - 1)}).message("step " + id)
                    .statements((i == 0 ? "CREATE TABLE applied (rev text NOT NULL);\n" : "")
                            + "SELECT pg_sleep(" + seconds + ");\nINSERT INTO applied VALUES ('" + id + "')",
                            i == 0 ? "DROP TABLE applied" : "DELETE FROM applied WHERE rev = '" + id + "'")
                    .writeSql(dir);
        }
        return dir;
    }

    private static Process start(List<String> command, Path out) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(out.toFile());
        builder.environment().keySet().removeIf(key -> key.equals("DATABASE_URL") || key.startsWith("MIGRATIONS_"));
        return builder.start();
    }

    /** Sends SIGINT, as a terminal's Ctrl-C does; whether the process ended within a minute (else it is killed). */
    private static boolean interrupt(Process process) throws Exception {
        assertThat(new ProcessBuilder("kill", "-INT", Long.toString(process.pid())).start().waitFor()).isZero();
        boolean ended = process.waitFor(60, TimeUnit.SECONDS);
        if (!ended) {
            process.destroyForcibly().waitFor();
        }
        return ended;
    }

    /** Schemas whose run has finished: their version row is the last revision. */
    private int finished(List<String> schemas) throws SQLException {
        return (int) states(schemas).stream().filter(state -> state.endsWith(" r3")).count();
    }

    /** {@code "<schema> <applied revisions> <version>"} per schema; empty fields when nothing ran there. */
    private List<String> states(List<String> schemas) throws SQLException {
        List<String> rows = new ArrayList<>();
        for (String schema : schemas) {
            rows.add(state(schema));
        }
        return rows;
    }

    private String state(String schema) throws SQLException {
        String applied = exists(schema + ".applied") ? db.strings("SELECT coalesce(string_agg(rev, ',' ORDER BY rev), "
                + "'') FROM " + schema + ".applied").get(0) : "";
        String version = exists(schema + ".alembic_version") ? String.join(",", db.strings("SELECT version_num FROM "
                + schema + ".alembic_version")) : "";
        return schema + " " + applied + " " + version;
    }

    /** Whether the table exists (committed): a run creates a schema's tables as it goes. */
    private boolean exists(String table) throws SQLException {
        return db.strings("SELECT CAST(to_regclass('" + table + "') IS NOT NULL AS text)").get(0).equals("true");
    }
}
