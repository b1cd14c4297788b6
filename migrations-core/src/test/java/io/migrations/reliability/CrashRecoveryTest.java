package io.migrations.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.migrations.Migrations;
import io.migrations.api.UnfinishedRevisionException;
import io.migrations.internal.script.RevisionFiles;
import io.migrations.testdb.RandomSeed;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * A process applying slow revisions is killed with SIGKILL: the database is always at a revision
 * boundary, no lock remains, and the next run continues to the head. Where to kill is random; the seed is printed,
 * and {@code -Dmigrations.crash.seed=<seed>} replays it.
 */
class CrashRecoveryTest {

    private static final int REVISIONS = 20;
    private static final int TRIALS = 10;
    private static final String SEED = "migrations.crash.seed";
    private static final String ADVISORY_LOCKS = "SELECT count(*) FROM pg_locks l JOIN pg_database d ON d.oid = l.database "
            + "WHERE l.locktype = 'advisory' AND d.datname = current_database()";
    @RegisterExtension
    static final Fixture fixture = new Fixture();

    @TempDir
    Path dir;

    @Test
    void killedMidRunLeavesARevisionBoundaryAndTheRerunReachesHead() throws Exception {
        RacingProcessesTest.writeRevisions(new RevisionFiles(dir), REVISIONS, 0.05);
        long seed = RandomSeed.of(SEED, "Crash recovery, " + TRIALS + " random kills");
        Random random = new Random(seed);

        for (int trial = 0; trial < TRIALS; trial++) {
            fixture.resetSchema();
            int committedBeforeKill = 1 + random.nextInt(REVISIONS - 2);
            int extraMillis = random.nextInt(60);
            String context = "seed " + seed + ", trial " + trial + ": killed after " + committedBeforeKill
                    + " revisions + " + extraMillis + " ms";

            JavaProcess process = JavaProcess.start(dir, fixture.args(dir, "upgrade", "head"));
            awaitHistoryRows(committedBeforeKill, process);
            Thread.sleep(extraMillis);
            process.kill();
            fixture.awaitNoOtherSessions();

            assertAtRevisionBoundary(context);
            assertThat(fixture.query(ADVISORY_LOCKS)).as(context).containsExactly("0");
            fixture.assertNoPassword(List.of(process.output()));

            Migrations.create(fixture.config(dir).build()).upgrade("head");
            assertThat(fixture.query("SELECT revision FROM effects ORDER BY at")).as(context).isEqualTo(ids(REVISIONS));
            assertThat(fixture.query("SELECT version_num FROM alembic_version")).as(context).containsExactly(id(REVISIONS - 1));
        }
    }

    @Test
    void killedInsideANonTransactionalRevisionIsReportedThenContinued() throws Exception {
        RevisionFiles files = new RevisionFiles(dir);
        files.write("n1", "", "CREATE TABLE accounts (id int);", "DROP TABLE accounts;");
        files.write("n2", "n1", "-- transactional: false\n", "CREATE TABLE IF NOT EXISTS audit (id int);\n"
                + "SELECT pg_sleep(0.05) FROM generate_series(1, 40);\n"
                + "CREATE INDEX CONCURRENTLY IF NOT EXISTS ix_audit ON audit (id);", "DROP TABLE audit;");
        fixture.resetSchema();

        JavaProcess process = JavaProcess.start(dir, fixture.args(dir, "upgrade", "head"));
        awaitRow("SELECT 1 FROM migrations_history WHERE revision = 'n2' AND statements_run = 1 AND error IS NULL", process);
        process.kill();
        fixture.awaitNoOtherSessions();
        assertThat(fixture.query(ADVISORY_LOCKS)).containsExactly("0");
        assertThat(fixture.query("SELECT version_num FROM alembic_version")).containsExactly("n1");

        Migrations migrations = Migrations.create(fixture.config(dir).build());
        assertThatThrownBy(() -> migrations.upgrade("head"))
                .isInstanceOf(UnfinishedRevisionException.class)
                .hasMessageContaining("upgrade of revision n2")
                .hasMessageContaining("statements 1-1 of 3 had completed (line 7)")
                .hasMessageContaining("statement 2 (line 8) was running");
        migrations.upgrade("head");
        assertThat(fixture.query("SELECT version_num FROM alembic_version")).containsExactly("n2");
    }

    /**
     * The version table, the history, the tables and the effects all say the same number of
     * revisions were applied, in order and once each.
     */
    private static void assertAtRevisionBoundary(String context) throws Exception {
        List<String> applied = fixture.query("SELECT revision FROM migrations_history WHERE success ORDER BY id");
        int count = applied.size();
        assertThat(applied).as(context).isEqualTo(ids(count));
        assertThat(fixture.query("SELECT count(*) FROM migrations_history WHERE NOT success")).as(context).containsExactly("0");
        assertThat(fixture.query("SELECT version_num FROM alembic_version")).as(context)
                .isEqualTo(count == 0 ? List.of() : List.of(id(count - 1)));
        if (count > 0) {
            assertThat(fixture.query("SELECT revision FROM effects ORDER BY at")).as(context).isEqualTo(ids(count));
        }
        assertThat(fixture.numberedTables()).as(context).isEqualTo(IntStream.range(0, count).mapToObj(i -> "t_" + i).toList());
    }

    private static void awaitHistoryRows(int rows, JavaProcess process) throws Exception {
        awaitRow("SELECT 1 FROM migrations_history HAVING count(*) >= " + rows, process);
    }

    /** Whether {@code query} returns a row; false while the table it reads does not exist yet. */
    private static boolean rowFound(String query) throws SQLException {
        try {
            return !fixture.query(query).isEmpty();
        } catch (SQLException e) {
            if ("42P01".equals(e.getSQLState())) {
                return false;
            }
            throw e;
        }
    }

    /** Polls until {@code query} returns a row; a process that ends first fails the test with its output. */
    private static void awaitRow(String query, JavaProcess process) throws Exception {
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (System.nanoTime() < deadline) {
            if (rowFound(query)) {
                return;
            }
            assertThat(process.isAlive()).as("process ended early: " + process.output()).isTrue();
            Thread.sleep(5);
        }
        throw new AssertionError("never true: " + query + "\n" + process.output());
    }

    private static String id(int i) {
        return RacingProcessesTest.id(i);
    }

    private static List<String> ids(int count) {
        return IntStream.range(0, count).mapToObj(CrashRecoveryTest::id).toList();
    }
}
