package io.migrations.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.migrations.Migrations;
import io.migrations.MigrationsConfig;
import io.migrations.api.DatabaseException;
import io.migrations.api.HistoryEntry;
import io.migrations.api.LockException;
import io.migrations.api.LockTimeoutException;
import io.migrations.api.MigrationResult;
import io.migrations.api.Timeouts;
import io.migrations.api.TransactionPer;
import io.migrations.internal.fleet.Fleet;
import io.migrations.internal.platform.Sessions;
import io.migrations.internal.script.RevisionFiles;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.slf4j.MDC;

/** A table locked by another session: timeouts, blockers named in errors and logs, retries. */
class LockWaitTest {

    private static final Duration AT_MOST = Duration.ofSeconds(30);
    @RegisterExtension
    static final Fixture fixture = new Fixture();

    @TempDir
    Path dir;
    private RevisionFiles files;
    private Connection blocker;
    private int blockerPid;
    private LogCapture logs;
    private final List<String> messages = new ArrayList<>();

    /** Applies a table with a row, then has another session read it and stay idle in its transaction. */
    @BeforeEach
    void lockedTable() throws Exception {
        fixture.resetSchema();
        files = new RevisionFiles(dir);
        files.write("a1", "", "CREATE TABLE accounts (id int);\nINSERT INTO accounts VALUES (1);", "DROP TABLE accounts;");
        migrations(fixture.config(dir)).upgrade("head");
        blocker = fixture.connect();
        blockerPid = Sessions.backendPid(blocker);
        try (Statement s = blocker.createStatement()) {
            s.execute("SET application_name = 'report-job'");
            blocker.setAutoCommit(false);
            s.execute("SELECT count(*) FROM accounts");
        }
        logs = LogCapture.start();
    }

    @AfterEach
    void release() throws Exception {
        logs.close();
        blocker.close();
        messages.addAll(logs.lines());
        fixture.assertNoPassword(messages);
    }

    private Migrations migrations(MigrationsConfig.Builder builder) {
        return Migrations.create(builder.build());
    }

    private Migrations withLockTimeout(Duration lockTimeout, int retries) {
        return migrations(fixture.config(dir).timeouts(new Timeouts(lockTimeout, null)).lockRetries(retries)
                .lockRetryDelay(Duration.ofMillis(50)));
    }

    @Test
    void statementFailsAfterLockTimeoutNamingTheBlocker() throws Exception {
        Path file = files.write("a2", "a1", "ALTER TABLE accounts ADD COLUMN note text;", "ALTER TABLE accounts DROP COLUMN note;");
        List<String> before = fixture.snapshot();

        assertThatThrownBy(() -> withLockTimeout(Duration.ofSeconds(1), 0).upgrade("head"))
                .isInstanceOfSatisfying(LockTimeoutException.class, e -> {
                    messages.add(e.getMessage());
                    assertThat(e.sqlState()).isEqualTo("55P03");
                    assertThat(e.revision()).isEqualTo("a2");
                    assertThat(e.blockers()).extracting(b -> b.pid()).containsExactly(blockerPid);
                })
                .hasMessageStartingWith("Upgrade of revision a2 (" + file + ":6) failed: ")
                .hasMessageContaining("lock timeout")
                .hasMessageContaining("waited longer than lock-timeout (1000 ms)")
                .hasMessageContaining("pid " + blockerPid + " (user " + fixture.user() + ", application 'report-job'")
                .hasMessageContaining("idle in transaction for ")
                .hasMessageContaining("query: SELECT count(*) FROM accounts")
                .hasMessageContaining("pg_terminate_backend(pid) FROM unnest(ARRAY[" + blockerPid + "])")
                .hasMessageContaining("rolled back; the database stays at a1");

        List<String> after = fixture.snapshot();
        assertThat(after).doesNotContain("column accounts.note text").contains("version a1");
        assertThat(after.stream().filter(l -> !l.startsWith("history "))).isEqualTo(before.stream().filter(l -> !l.startsWith("history ")).toList());
        assertThat(migrations(fixture.config(dir)).history()).last().satisfies(h -> {
            assertThat(h.success()).isFalse();
            assertThat(h.error()).contains("lock timeout");
        });
    }

    @ParameterizedTest(name = "transactional: {0}")
    @ValueSource(booleans = {true, false})
    void retriesSucceedOnceTheBlockerCommits(boolean transactional) throws Exception {
        files.write("a2", "a1", transactional ? "" : "-- transactional: false\n",
                "ALTER TABLE accounts ADD COLUMN note text;", "ALTER TABLE accounts DROP COLUMN note;");
        Migrations migrations = withLockTimeout(Duration.ofMillis(200), 100);

        CompletableFuture<MigrationResult> run = CompletableFuture.supplyAsync(() -> migrations.upgrade("head"));
        String retry = logs.await(l -> l.contains("retry ") && l.contains("held by pid " + blockerPid), AT_MOST);
        assertThat(retry).contains("Upgrade of revision a2").contains("application 'report-job'").contains("of 100 in ");
        blocker.commit();

        assertThat(run.get(AT_MOST.toSeconds(), TimeUnit.SECONDS).steps()).hasSize(1);
        assertThat(fixture.query("SELECT note FROM accounts")).hasSize(1);
        assertThat(fixture.query("SELECT version_num FROM alembic_version")).containsExactly("a2");
        assertThat(migrations.history()).filteredOn(h -> "a2".equals(h.revision()))
                .extracting(HistoryEntry::success).containsExactly(true);
    }

    /** Revisions sent together, the middle one blocked: the one before stays, it runs again alone, the next follows. */
    @Test
    void aRevisionBlockedAmongRevisionsSentTogetherRunsAgainAloneAndTheRestFollow() throws Exception {
        files.write("a2", "a1", "CREATE TABLE before_it (id int);", "DROP TABLE before_it;");
        files.write("a3", "a2", "ALTER TABLE accounts ADD COLUMN note text;", "ALTER TABLE accounts DROP COLUMN note;");
        files.write("a4", "a3", "CREATE TABLE after_it (id int);", "DROP TABLE after_it;");
        Migrations migrations = withLockTimeout(Duration.ofMillis(200), 100);

        CompletableFuture<MigrationResult> run = CompletableFuture.supplyAsync(() -> migrations.upgrade("head"));
        String retry = logs.await(l -> l.contains("retry ") && l.contains("held by pid " + blockerPid), AT_MOST);
        assertThat(retry).contains("Upgrade of revision a3");
        assertThat(fixture.query("SELECT version_num FROM alembic_version")).containsExactly("a2");
        assertThat(fixture.query("SELECT count(*) FROM pg_class WHERE relname = 'after_it'")).containsExactly("0");
        blocker.commit();

        assertThat(run.get(AT_MOST.toSeconds(), TimeUnit.SECONDS).steps())
                .extracting(step -> step.step().revision().orElseThrow().id()).containsExactly("a2", "a3", "a4");
        assertThat(fixture.query("SELECT version_num FROM alembic_version")).containsExactly("a4");
        assertThat(migrations.history()).extracting(HistoryEntry::revision).containsExactly("a1", "a2", "a3", "a4");
        assertThat(migrations.history()).extracting(HistoryEntry::success).containsOnly(true);
    }

    /**
     * In one transaction for the run, a revision that timed out on a lock goes back to its savepoint and runs again,
     * while the revision before it stays in the transaction; without retries the whole run is rolled back.
     */
    @Test
    void inOneTransactionPerRunALockTimeoutRetriesTheRevisionAloneOrRollsBackTheRun() throws Exception {
        files.write("a2", "a1", "CREATE TABLE other (id int);\nINSERT INTO other VALUES (2);", "DROP TABLE other;");
        files.write("a3", "a2", "ALTER TABLE accounts ADD COLUMN note text;", "ALTER TABLE accounts DROP COLUMN note;");

        assertThatThrownBy(() -> migrations(fixture.config(dir).timeouts(new Timeouts(Duration.ofMillis(300), null))
                .transactionPer(TransactionPer.RUN)).upgrade("head"))
                .isInstanceOf(LockTimeoutException.class)
                .hasMessageContaining("pid " + blockerPid)
                .hasMessageContaining("The whole run was rolled back (1 earlier revision(s) in the same transaction: "
                        + "a2); the database is still at a1.");
        assertThat(fixture.query("SELECT count(*) FROM pg_class WHERE relname = 'other'")).containsExactly("0");

        Migrations migrations = migrations(fixture.config(dir).timeouts(new Timeouts(Duration.ofMillis(200), null))
                .lockRetries(100).lockRetryDelay(Duration.ofMillis(50)).transactionPer(TransactionPer.RUN));
        CompletableFuture<MigrationResult> run = CompletableFuture.supplyAsync(() -> migrations.upgrade("head"));
        logs.await(l -> l.contains("retry ") && l.contains("Upgrade of revision a3"), AT_MOST);
        blocker.commit();

        assertThat(run.get(AT_MOST.toSeconds(), TimeUnit.SECONDS).steps()).hasSize(2);
        assertThat(fixture.query("SELECT version_num FROM alembic_version")).containsExactly("a3");
        assertThat(fixture.query("SELECT id FROM other")).containsExactly("2");
        // Both in one transaction: their history rows share its start time (each ran under a savepoint of its own).
        assertThat(fixture.query("SELECT count(*) || ' ' || count(DISTINCT applied_at) FROM migrations_history "
                + "WHERE revision IN ('a2', 'a3') AND success")).containsExactly("2 1");
    }

    @Test
    void waitingStatementLogsItsBlockersAndCompletesWhenTheyAreEnded() throws Exception {
        files.write("a2", "a1", "ALTER TABLE accounts ADD COLUMN note text;", "ALTER TABLE accounts DROP COLUMN note;");
        Migrations migrations = migrations(fixture.config(dir).waitReportInterval(Duration.ofMillis(200)));

        // As a fleet's target runs: the line comes from the watch's thread, with the context of the run's.
        CompletableFuture<MigrationResult> run = CompletableFuture.supplyAsync(() -> {
            MDC.put(Fleet.TARGET_KEY, "tenant_9");
            try {
                return migrations.upgrade("head");
            } finally {
                MDC.remove(Fleet.TARGET_KEY);
            }
        });
        String report = logs.await(l -> l.contains("has waited"), AT_MOST);
        assertThat(report).startsWith("WARN ").contains("Upgrade of revision a2 (").contains("{migrations.target=tenant_9}")
                .contains("for a lock held by pid " + blockerPid + " (user " + fixture.user() + ", application 'report-job'")
                .contains("idle in transaction").contains("query: SELECT count(*) FROM accounts");

        Matcher advice = Pattern.compile("SELECT pg_terminate_backend\\(pid\\) FROM unnest\\(ARRAY\\[[0-9, ]+]\\) AS pid")
                .matcher(report);
        assertThat(advice.find()).as("the log says how to end the blockers").isTrue();
        assertThat(fixture.query(advice.group())).containsExactly("t");

        assertThat(run.get(AT_MOST.toSeconds(), TimeUnit.SECONDS).steps()).hasSize(1);
        assertThat(fixture.query("SELECT version_num FROM alembic_version")).containsExactly("a2");
    }

    @Test
    void nonTransactionalRevisionIsNotRetriedOnceAStatementRan() throws Exception {
        files.write("a2", "a1", "-- transactional: false\n",
                "CREATE TABLE audit (id int);\nALTER TABLE accounts ADD COLUMN note text;", "DROP TABLE audit;");

        assertThatThrownBy(() -> withLockTimeout(Duration.ofMillis(500), 5).upgrade("head"))
                .isInstanceOfSatisfying(LockTimeoutException.class, e -> messages.add(e.getMessage()))
                .hasMessageContaining("pid " + blockerPid)
                .hasMessageContaining("not transactional: statements 1-1 of 2 ran and stay applied (line 7)");

        assertThat(logs.lines()).noneMatch(l -> l.contains("retry 1 of"));
        assertThat(fixture.query("SELECT version_num FROM alembic_version")).containsExactly("a1");
        assertThat(migrations(fixture.config(dir)).history()).last().satisfies(h -> {
            assertThat(h.success()).isFalse();
            assertThat(h.statementsRun()).isEqualTo(1);
            assertThat(h.unfinished()).isFalse();
        });
    }

    @Test
    void statementTimeoutEndsALongStatement() throws Exception {
        blocker.rollback();
        files.write("a2", "a1", "SELECT pg_sleep(30);", "SELECT 1;");
        Migrations migrations = migrations(fixture.config(dir).timeouts(new Timeouts(null, Duration.ofMillis(300))));

        assertThatThrownBy(() -> migrations.upgrade("head"))
                .isInstanceOfSatisfying(DatabaseException.class, e -> {
                    messages.add(e.getMessage());
                    assertThat(e.sqlState()).isEqualTo("57014");
                })
                .hasMessageContaining("statement timeout")
                .hasMessageContaining("ran longer than statement-timeout (300 ms)");
        assertThat(fixture.query("SELECT version_num FROM alembic_version")).containsExactly("a1");
    }

    @Test
    void runsWithoutTheWatchWhenNoThirdConnectionIsAvailable() throws Exception {
        files.write("a2", "a1", "ALTER TABLE accounts ADD COLUMN note text;", "ALTER TABLE accounts DROP COLUMN note;");
        Migrations migrations = migrations(fixture.config(dir)
                .dataSource(new LimitedDataSource(fixture.dataSource(), 2))
                .timeouts(new Timeouts(Duration.ofMillis(300), null)));

        assertThatThrownBy(() -> migrations.upgrade("head"))
                .isInstanceOfSatisfying(LockTimeoutException.class, e -> {
                    messages.add(e.getMessage());
                    assertThat(e.blockers()).isEmpty();
                })
                .hasMessageContaining("could not be identified (they ended first, or no second connection was available");
        assertThat(logs.lines()).anyMatch(l -> l.contains("Could not open a second connection to name sessions that block "
                + "revision statements") && l.contains("too many clients"));
    }

    @Test
    void saysTheLockNeedsASecondConnectionWhenNoneIsAvailable() {
        files.write("a2", "a1", "ALTER TABLE accounts ADD COLUMN note text;", "ALTER TABLE accounts DROP COLUMN note;");
        Migrations migrations = migrations(fixture.config(dir).dataSource(new LimitedDataSource(fixture.dataSource(), 1)));

        assertThatThrownBy(() -> migrations.upgrade("head"))
                .isInstanceOf(LockException.class)
                .hasMessageContaining("second connection for the migration lock")
                .hasMessageContaining("too many clients");
    }
}
