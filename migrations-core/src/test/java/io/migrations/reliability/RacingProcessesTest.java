package io.migrations.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import io.migrations.internal.script.RevisionFiles;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** Replicas starting at once: several JVMs run {@code upgrade head} on one database at the same time. */
class RacingProcessesTest {

    private static final int PROCESSES = 8;
    private static final int REVISIONS = 50;
    @RegisterExtension
    static final Fixture fixture = new Fixture();

    @TempDir
    Path dir;

    @BeforeEach
    void emptySchema() throws Exception {
        fixture.resetSchema();
    }

    static String id(int i) {
        return String.format("r%02d", i);
    }

    /** Revision i creates table t_i and records its effect once in {@code effects}. */
    static void writeRevisions(RevisionFiles files, int count, double sleepSeconds) {
        for (int i = 0; i < count; i++) {
            String create = i == 0 ? "CREATE TABLE effects (revision text NOT NULL, at timestamptz DEFAULT clock_timestamp());\n" : "";
            files.write(id(i), i == 0 ? "" : id(i - 1), create + "CREATE TABLE t_" + i + " (id int);\n"
                    + "INSERT INTO effects (revision) VALUES ('" + id(i) + "');\nSELECT pg_sleep(" + sleepSeconds + ");",
                    "DROP TABLE t_" + i + ";\nDELETE FROM effects WHERE revision = '" + id(i) + "';");
        }
    }

    @Test
    void everyProcessSucceedsAndEachRevisionIsAppliedOnce() throws Exception {
        writeRevisions(new RevisionFiles(dir), REVISIONS, 0.01);

        List<JavaProcess> processes = new ArrayList<>();
        for (int i = 0; i < PROCESSES; i++) {
            processes.add(JavaProcess.start(dir, fixture.args(dir, "--report-every", "200", "upgrade", "head")));
        }
        int applied = JavaProcess.stepsAppliedByAll(processes);
        processes.forEach(process -> fixture.assertNoPassword(List.of(process.output())));
        assertEachAppliedOnce(applied, REVISIONS);
    }

    /** With one transaction for the whole run, the lock still lets exactly one process apply each revision. */
    @Test
    void withOneTransactionPerRunEveryProcessSucceedsAndEachRevisionIsAppliedOnce() throws Exception {
        writeRevisions(new RevisionFiles(dir), REVISIONS, 0.01);

        List<JavaProcess> processes = new ArrayList<>();
        for (int i = 0; i < PROCESSES; i++) {
            processes.add(JavaProcess.start(dir, fixture.args(dir, "--report-every", "200", "--transaction-per", "run",
                    "upgrade", "head")));
        }
        assertEachAppliedOnce(JavaProcess.stepsAppliedByAll(processes), REVISIONS);
        // One process applied all of them, in one transaction.
        assertThat(fixture.query("SELECT count(DISTINCT xmin::text) FROM effects")).containsExactly("1");
    }

    /**
     * {@code alembic_version} and {@code public.alembic_version} are one table: runs spelling it either way take the
     * same lock, so half of the processes naming the schema changes nothing.
     */
    @Test
    void runsSpellingTheVersionTableDifferentlyShareOneLock() throws Exception {
        int revisions = 20;
        writeRevisions(new RevisionFiles(dir), revisions, 0.01);

        List<JavaProcess> processes = new ArrayList<>();
        for (int i = 0; i < PROCESSES; i++) {
            List<String> spelling = i % 2 == 0 ? List.of() : List.of("--schema", "public");
            List<String> args = new ArrayList<>(fixture.args(dir));
            args.addAll(spelling);
            args.addAll(List.of("--report-every", "200", "upgrade", "head"));
            processes.add(JavaProcess.start(dir, args));
        }
        assertEachAppliedOnce(JavaProcess.stepsAppliedByAll(processes), revisions);
    }

    /**
     * A run that finds a non-transactional revision's history row unfinished would report the run as killed; a run
     * spelling the table differently must wait for the lock of the run still applying it instead.
     */
    @Test
    void aNonTransactionalRevisionStillRunningIsNotReportedAsKilled() throws Exception {
        RevisionFiles files = new RevisionFiles(dir);
        files.write("n1", "", "-- transactional: false\n", "CREATE TABLE slow (id int);\nSELECT pg_sleep(4);\n"
                + "INSERT INTO slow VALUES (1);", "DROP TABLE slow;");

        JavaProcess first = JavaProcess.start(dir, fixture.args(dir, "upgrade", "head"));
        String running = "SELECT count(*) FROM pg_stat_activity WHERE query LIKE 'SELECT pg_sleep(4)%' AND state = 'active'";
        while (fixture.query(running).get(0).equals("0")) {
            assertThat(first.isAlive()).as(first.output()).isTrue();
            Thread.sleep(20);
        }
        JavaProcess second = JavaProcess.start(dir, fixture.args(dir, "--schema", "public", "--report-every", "200",
                "upgrade", "head"));

        assertThat(first.waitFor()).as(first.output()).isZero();
        assertThat(second.waitFor()).as(second.output()).isZero();
        assertThat(second.output()).contains("applied 0").doesNotContain("stopped in the middle");
        assertThat(fixture.query("SELECT count(*) FROM slow")).containsExactly("1");
        assertThat(fixture.query("SELECT revision || ' ' || success FROM migrations_history")).containsExactly("n1 true");
    }

    private void assertEachAppliedOnce(int applied, int revisions) throws Exception {
        List<String> ids = IntStream.range(0, revisions).mapToObj(RacingProcessesTest::id).toList();
        assertThat(applied).as("steps applied over all processes").isEqualTo(revisions);
        assertThat(fixture.query("SELECT revision FROM effects ORDER BY at")).isEqualTo(ids);
        assertThat(fixture.query("SELECT revision FROM migrations_history ORDER BY id")).isEqualTo(ids);
        assertThat(fixture.query("SELECT count(*) FROM migrations_history WHERE NOT success")).containsExactly("0");
        assertThat(fixture.query("SELECT version_num FROM alembic_version")).containsExactly(id(revisions - 1));
        assertThat(fixture.numberedTables()).hasSize(revisions);
    }
}
