package io.migrations.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import io.migrations.internal.script.RevisionFiles;
import io.migrations.internal.platform.TableName;
import io.migrations.internal.platform.AdvisoryLock;
import io.migrations.internal.platform.Poolers;
import io.migrations.testdb.PgBouncer;
import io.migrations.testdb.TestServers;
import java.net.URI;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.postgresql.PGConnection;

/**
 * Runs through a real pgbouncer in transaction mode, as through Supabase's pooler on port 6543: a session lock is
 * refused with the ways out named, and lock mode 'transaction' applies each revision once however many runs race,
 * leaving no lock behind.
 */
class PoolerTest {

    private static final int USER_ERROR = 2;
    private static final int PROCESSES = 8;
    private static final int REVISIONS = 20;
    private static final Path WORK = Path.of("target", "pgbouncer");

    @RegisterExtension
    static final Fixture fixture = new Fixture();

    private static PgBouncer transactionPooler;

    @TempDir
    Path dir;

    @BeforeAll
    static void startPooler() {
        transactionPooler = PgBouncer.start(TestServers.find(), PgBouncer.PoolMode.TRANSACTION, WORK);
    }

    @AfterAll
    static void stopPooler() {
        transactionPooler.close();
    }

    @BeforeEach
    void emptySchema() throws Exception {
        fixture.resetSchema();
    }

    private static String database() {
        return URI.create(fixture.jdbcUrl().substring("jdbc:".length())).getPath().substring(1);
    }

    /** MigrateMain arguments connecting through {@code pooler} (which logs in as the server's user), then {@code more}. */
    private List<String> through(PgBouncer pooler, String... more) {
        List<String> args = new ArrayList<>(List.of("--url", pooler.jdbcUrl(database()), "--user", "through_pooler",
                "--dir", dir.toString()));
        args.addAll(List.of(more));
        return args;
    }

    @Test
    void aSessionLockThroughATransactionPoolerIsRefusedNamingTheWaysOut() throws Exception {
        RacingProcessesTest.writeRevisions(new RevisionFiles(dir), 3, 0);

        CommandOutcome outcome = CommandOutcome.run(fixture, through(transactionPooler, "upgrade", "head"));

        assertThat(outcome.exit()).as(outcome.err()).isEqualTo(USER_ERROR);
        assertThat(outcome.err().strip()).as("one line").doesNotContain("\n")
                .contains("goes through a pooler in transaction mode")
                .contains("Use the direct connection (port 5432) or the pooler's session mode")
                .contains("--lock-mode transaction").contains("migrations.lock-mode=transaction");
        assertThat(fixture.query("SELECT count(*) FROM pg_tables WHERE schemaname = 'public'")).containsExactly("0");
        assertThat(transactionPooler.log()).doesNotContain("ERROR");
    }

    @Test
    void aPoolerInSessionModeIsNotTakenForOneInTransactionMode() throws Exception {
        RacingProcessesTest.writeRevisions(new RevisionFiles(dir), 3, 0);
        try (PgBouncer sessionPooler = PgBouncer.start(TestServers.find(), PgBouncer.PoolMode.SESSION, WORK)) {
            CommandOutcome outcome = CommandOutcome.run(fixture, through(sessionPooler, "upgrade", "head"));

            assertThat(outcome.exit()).as(outcome.err()).isZero();
        }
        assertThat(fixture.query("SELECT version_num FROM alembic_version")).containsExactly(RacingProcessesTest.id(2));
    }

    @Test
    void transactionLockModeRefusesANonTransactionalRevisionBeforeAnythingRuns() throws Exception {
        RevisionFiles files = new RevisionFiles(dir);
        files.write("a1", "", "CREATE TABLE a1 (id int);", "DROP TABLE a1;");
        files.write("a2", "a1", "-- transactional: false\n", "CREATE INDEX CONCURRENTLY a1_id ON a1 (id);",
                "DROP INDEX CONCURRENTLY a1_id;");

        CommandOutcome outcome = CommandOutcome.run(fixture,
                through(transactionPooler, "--lock-mode", "transaction", "upgrade", "head"));

        assertThat(outcome.exit()).as(outcome.err()).isEqualTo(USER_ERROR);
        assertThat(outcome.err().strip()).doesNotContain("\n").startsWith("error: Revision a2 (" + dir)
                .contains("is non-transactional (transactional: false), and lock mode 'transaction' cannot cover it")
                .contains("Nothing was run");
        assertThat(fixture.query("SELECT count(*) FROM pg_tables WHERE schemaname = 'public'")).containsExactly("0");
    }

    /**
     * The test holds the migration lock while the processes start, until each reports waiting for it: all of them have
     * planned every revision from an empty version table by then. Only one can apply the first revision; every other
     * finds the version table moved under the lock and plans again.
     */
    @Test
    void aRunsConnectionPreparesNoStatementOnTheServerAndGetsItsSettingBack() throws Exception {
        try (Connection connection = fixture.connect()) {
            PGConnection pg = connection.unwrap(PGConnection.class);
            int before = pg.getPrepareThreshold();
            assertThat(before).as("pgjdbc's default").isPositive();
            try (Poolers.Restore ignored = Poolers.withoutServerSidePreparedStatements(connection)) {
                assertThat(pg.getPrepareThreshold()).isZero();
            }
            assertThat(pg.getPrepareThreshold()).isEqualTo(before);
        }
    }

    @Test
    void racingRunsThroughThePoolerApplyEachRevisionOnceAndLeaveNoLock() throws Exception {
        RacingProcessesTest.writeRevisions(new RevisionFiles(dir), REVISIONS, 0.01);

        List<JavaProcess> processes = new ArrayList<>();
        try (Connection gate = fixture.connect()) {
            gate.setAutoCommit(false);
            try (PreparedStatement lock = gate.prepareStatement("SELECT pg_advisory_xact_lock(?)")) {
                lock.setLong(1, AdvisoryLock.keyFor(new TableName("public", "alembic_version")));
                lock.execute();
            }
            for (int i = 0; i < PROCESSES; i++) {
                processes.add(JavaProcess.start(dir, through(transactionPooler, "--lock-mode", "transaction",
                        "--lock-timeout", "5000", "--report-every", "200", "upgrade", "head")));
            }
            for (JavaProcess process : processes) {
                process.awaitOutput("Waiting for the migration lock");
            }
            gate.commit();
        }
        int applied = JavaProcess.stepsAppliedByAll(processes);
        int replanned = processes.stream().mapToInt(process ->
                process.output().split("another run moved the version table; planning again", -1).length - 1).sum();
        assertThat(replanned).as("every run but the one that applied the first revision found the version table moved")
                .isGreaterThanOrEqualTo(PROCESSES - 1);

        List<String> ids = IntStream.range(0, REVISIONS).mapToObj(RacingProcessesTest::id).toList();
        assertThat(applied).as("steps applied over all processes").isEqualTo(REVISIONS);
        assertThat(fixture.query("SELECT revision FROM effects ORDER BY at")).isEqualTo(ids);
        assertThat(fixture.query("SELECT revision FROM migrations_history ORDER BY id")).isEqualTo(ids);
        assertThat(fixture.query("SELECT version_num FROM alembic_version")).containsExactly(RacingProcessesTest.id(REVISIONS - 1));
        assertThat(fixture.query("SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' "
                + "AND database = (SELECT oid FROM pg_database WHERE datname = current_database())"))
                .as("no advisory lock left on any server connection").containsExactly("0");
        assertThat(transactionPooler.log()).doesNotContain("prepared statement");
    }
}
