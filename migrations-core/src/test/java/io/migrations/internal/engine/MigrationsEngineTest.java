package io.migrations.internal.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.migrations.Migrations;
import io.migrations.MigrationsConfig;
import io.migrations.TestCatalogs;
import io.migrations.api.AppliedStep;
import io.migrations.api.DatabaseException;
import io.migrations.api.Direction;
import io.migrations.api.HistoryEntry;
import io.migrations.api.IrreversibleException;
import io.migrations.api.LockException;
import io.migrations.api.MigrationResult;
import io.migrations.api.PlannedStep;
import io.migrations.api.Policy;
import io.migrations.api.Revision;
import io.migrations.api.StampMode;
import io.migrations.api.StepListener;
import io.migrations.api.Verdict;
import io.migrations.api.TargetException;
import io.migrations.api.ValidationException;
import io.migrations.internal.connect.DatabaseUrl;
import io.migrations.internal.connect.UrlDataSource;
import io.migrations.internal.platform.AdvisoryLock;
import io.migrations.internal.platform.TableName;
import io.migrations.internal.script.JavaRevisions;
import io.migrations.internal.script.RevisionFiles;
import io.migrations.internal.script.Script;
import io.migrations.java.mixed.AddAccountEmail;
import io.migrations.testdb.TestDatabase;
import io.migrations.testdb.TestServers;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MigrationsEngineTest {

    private static TestDatabase db;
    private static UrlDataSource dataSource;

    @TempDir
    Path dir;
    private RevisionFiles files;

    @BeforeAll
    static void createDatabase() {
        db = TestServers.find().createDatabase("MigrationsEngineTest");
        dataSource = new UrlDataSource(new DatabaseUrl(db.jdbcUrl(), db.user(), db.password()));
    }

    @AfterAll
    static void dropDatabase() {
        db.close();
    }

    @BeforeEach
    void emptySchema() throws Exception {
        sql("DROP SCHEMA public CASCADE; CREATE SCHEMA public");
        files = new RevisionFiles(dir);
    }

    private Migrations migrations() {
        return migrations(MigrationsConfig.builder());
    }

    private Migrations migrations(MigrationsConfig.Builder builder) {
        return Migrations.create(builder.dataSource(dataSource).locations("filesystem:" + dir).build());
    }

    private void threeTables() {
        files.write("aaa111", "", "CREATE TABLE a (id int);", "DROP TABLE a;");
        files.write("bbb222", "aaa111", "CREATE TABLE b (id int);", "DROP TABLE b;");
        files.write("ccc333", "bbb222", "CREATE TABLE c (id int);", "DROP TABLE c;");
    }

    @Test
    void upgradeHeadOnEmptyDatabaseAppliesEveryRevisionAndRecordsHistory() throws Exception {
        threeTables();

        MigrationResult result = migrations().upgrade("head");

        assertThat(result.steps()).extracting(s -> s.describe())
                .containsExactly("upgrade  -> aaa111, rev aaa111", "upgrade aaa111 -> bbb222, rev bbb222",
                        "upgrade bbb222 -> ccc333, rev ccc333");
        assertThat(versionRows()).containsExactly("ccc333");
        assertThat(tables()).contains("a", "b", "c");
        List<HistoryEntry> history = migrations().history();
        assertThat(history).extracting(HistoryEntry::revision).containsExactly("aaa111", "bbb222", "ccc333");
        assertThat(history).allSatisfy(h -> {
            assertThat(h.direction()).isEqualTo(Direction.UPGRADE);
            assertThat(h.success()).isTrue();
            assertThat(h.appliedBy()).isEqualTo(db.user());
            assertThat(h.checksum()).hasSize(64);
            assertThat(h.appliedAt()).isNotNull();
        });
        assertThat(history.get(1).downRevisions()).containsExactly("aaa111");
    }

    @Test
    void relativeStepsBaseAndBackToHead() throws Exception {
        threeTables();
        Migrations m = migrations();

        m.upgrade("+1");
        assertThat(versionRows()).containsExactly("aaa111");
        m.upgrade("head");
        m.downgrade("-1");
        assertThat(versionRows()).containsExactly("bbb222");
        assertThat(tables()).doesNotContain("c");
        m.downgrade("base");
        assertThat(versionRows()).isEmpty();
        assertThat(tables()).doesNotContain("a", "b", "c");
        m.upgrade("head");
        assertThat(versionRows()).containsExactly("ccc333");
        assertThat(tables()).contains("a", "b", "c");
    }

    @Test
    void stampWithoutAndWithPurge() throws Exception {
        threeTables();
        Migrations m = migrations();

        m.stamp("bbb222");
        assertThat(versionRows()).containsExactly("bbb222");
        assertThat(tables()).doesNotContain("a", "b");
        m.upgrade("head");
        assertThat(tables()).contains("c").doesNotContain("a");

        sql("UPDATE alembic_version SET version_num = 'zzz999'");
        assertThatThrownBy(() -> m.stamp("nosuch", StampMode.PURGE)).isInstanceOf(TargetException.class);
        assertThat(versionRows()).containsExactly("zzz999");
        m.stamp("aaa111", StampMode.PURGE);
        assertThat(versionRows()).containsExactly("aaa111");
        assertThat(m.history()).last().satisfies(h -> assertThat(h.direction()).isEqualTo(Direction.STAMP));
    }

    @Test
    void stampIfEmptyStampsOnlyAVersionTableWithoutRows() throws Exception {
        threeTables();
        Migrations m = migrations();

        assertThat(m.stamp("bbb222", StampMode.IF_EMPTY).steps()).hasSize(1);
        assertThat(versionRows()).containsExactly("bbb222");
        assertThat(m.stamp("aaa111", StampMode.IF_EMPTY).steps()).isEmpty();
        assertThat(versionRows()).containsExactly("bbb222");
    }

    @Test
    void stepListenerHearsBeforeAndAfterEachStep() {
        threeTables();
        Heard heard = new Heard(false);
        migrations(MigrationsConfig.builder().stepListener(heard)).upgrade("bbb222");
        assertThat(heard.events).containsExactly("before aaa111", "after aaa111", "before bbb222", "after bbb222");
    }

    @Test
    void aListenerThatHearsStepsTogetherHearsOfRevisionsSentTogetherBeforeTheyAreSent() {
        threeTables();
        Heard heard = new Heard(true);
        Migrations m = migrations(MigrationsConfig.builder().stepListener(heard));
        m.upgrade("bbb222");
        // Each duration is the one its history row holds, as the database measured it.
        assertThat(heard.durations).isEqualTo(m.history().stream().map(HistoryEntry::durationMs).toList());
        assertThat(heard.events).containsExactly("before aaa111", "before bbb222", "after aaa111", "after bbb222");
    }

    /** A listener that writes down what it hears, with the durations of the steps. */
    private static final class Heard implements StepListener {

        final List<String> events = new ArrayList<>();
        final List<Long> durations = new ArrayList<>();
        private final boolean together;

        Heard(boolean together) {
            this.together = together;
        }

        @Override
        public void beforeStep(PlannedStep step) {
            events.add("before " + step.revision().orElseThrow().id());
        }

        @Override
        public void afterStep(AppliedStep step) {
            events.add("after " + step.step().revision().orElseThrow().id());
            durations.add(step.duration().toMillis());
        }

        @Override
        public boolean hearsStepsTogether() {
            return together;
        }
    }

    @Test
    void failingStatementRollsBackOnlyItsRevision() throws Exception {
        files.write("aaa111", "", "CREATE TABLE a (id int);", "DROP TABLE a;");
        Path broken = files.write("bbb222", "aaa111", "CREATE TABLE b (id int);\nINSERT INTO b VALUES (1);\nINSERT INTO nope VALUES (1);", "DROP TABLE b;");
        files.write("ccc333", "bbb222", "CREATE TABLE c (id int);", "DROP TABLE c;");

        assertThatThrownBy(() -> migrations().upgrade("head"))
                .isInstanceOf(DatabaseException.class)
                .hasMessageContaining("revision bbb222 (" + broken + ":8)")
                .hasMessageContaining("relation \"nope\" does not exist")
                .hasMessageContaining("statement: INSERT INTO nope VALUES (1)")
                .hasMessageContaining("stays at aaa111");

        assertThat(versionRows()).containsExactly("aaa111");
        assertThat(tables()).contains("a").doesNotContain("b", "c");
        assertThat(migrations().history()).last().satisfies(h -> {
            assertThat(h.revision()).isEqualTo("bbb222");
            assertThat(h.success()).isFalse();
            assertThat(h.error()).contains("nope");
        });
        assertThat(migrations().check("heads").state()).isEqualTo(Verdict.State.FAILED);
    }

    @Test
    void nonTransactionalRevisionRunsConcurrentIndexAndReportsWhatRanOnFailure() throws Exception {
        files.write("aaa111", "", "CREATE TABLE a (id int);", "DROP TABLE a;");
        files.write("bbb222", "aaa111", "-- transactional: false\n",
                "CREATE INDEX CONCURRENTLY ix_a_id ON a (id);", "DROP INDEX CONCURRENTLY ix_a_id;");
        migrations().upgrade("head");
        assertThat(versionRows()).containsExactly("bbb222");
        assertThat(indexes()).contains("ix_a_id");

        files.write("ccc333", "bbb222", "-- transactional: false\n",
                "CREATE TABLE c (id int);\nCREATE INDEX CONCURRENTLY ix_c ON missing (id);", "DROP TABLE c;");
        assertThatThrownBy(() -> migrations().upgrade("head"))
                .isInstanceOf(DatabaseException.class)
                .hasMessageContaining("not transactional: statements 1-1 of 2 ran and stay applied");
        assertThat(versionRows()).containsExactly("bbb222");
        assertThat(tables()).contains("c");
    }

    @Test
    void downgradeThroughIrreversibleRevisionFailsBeforeAnythingRuns() throws Exception {
        files.write("aaa111", "", "CREATE TABLE a (id int);", null);
        files.write("bbb222", "aaa111", "CREATE TABLE b (id int);", "DROP TABLE b;");
        migrations().upgrade("head");

        assertThatThrownBy(() -> migrations().downgrade("base"))
                .isInstanceOf(IrreversibleException.class)
                .hasMessageContaining("aaa111");
        assertThat(versionRows()).containsExactly("bbb222");
        assertThat(tables()).contains("a", "b");
    }

    @Test
    void editedAppliedRevisionIsAnErrorOrAWarning() throws Exception {
        threeTables();
        migrations().upgrade("bbb222");
        files.write("aaa111", "", "CREATE TABLE a (id bigint);", "DROP TABLE a;");

        assertThatThrownBy(() -> migrations().upgrade("head"))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("aaa111")
                .hasMessageContaining("changed since they ran");
        assertThat(migrations().check("heads").edited()).extracting(r -> r.id()).containsExactly("aaa111");

        migrations(MigrationsConfig.builder().onChecksumMismatch(Policy.WARN)).upgrade("head");
        assertThat(versionRows()).containsExactly("ccc333");
    }

    /** Version 0.1 recorded the hash of a Java revision's PostgreSQL SQL; after upgrading nobody sees a mismatch. */
    @Test
    void aJavaRevisionRecordedWithTheChecksumOfItsRenderedSqlIsNotEdited() throws Exception {
        Migrations mixed = Migrations.create(MigrationsConfig.builder().dataSource(dataSource)
                .locations("classpath:io/migrations/java/mixed").build());
        mixed.upgrade("head");
        Script java = JavaRevisions.load(AddAccountEmail.class);
        String renderedSql = java.formerChecksums().iterator().next();
        sql("UPDATE migrations_history SET checksum = '" + renderedSql + "' WHERE revision = '2b3c4d5e6f7a'");

        assertThat(mixed.check("heads").edited()).isEmpty();
        mixed.upgrade("head");

        sql("UPDATE migrations_history SET checksum = '" + "0".repeat(64) + "' WHERE revision = '2b3c4d5e6f7a'");
        assertThat(mixed.check("heads").edited()).extracting(r -> r.id()).containsExactly("2b3c4d5e6f7a");
    }

    @Test
    void unknownRevisionInDatabaseIsReported() throws Exception {
        threeTables();
        migrations().upgrade("head");
        sql("UPDATE alembic_version SET version_num = 'fff999'");

        assertThatThrownBy(() -> migrations().upgrade("head"))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("fff999");
        Verdict verdict = migrations().check("heads");
        assertThat(verdict.unknown()).containsExactly("fff999");
        assertThat(verdict.state()).isEqualTo(Verdict.State.AHEAD);
    }

    @Test
    void checkAndPlanShowPendingWithoutRunning() throws Exception {
        threeTables();
        migrations().upgrade("aaa111");

        Verdict verdict = migrations().check("heads");
        assertThat(verdict.current()).containsExactly("aaa111");
        assertThat(verdict.pending()).extracting(r -> r.id()).containsExactly("bbb222", "ccc333");
        assertThat(verdict.expected()).containsExactly("ccc333");
        assertThat(verdict.state()).isEqualTo(Verdict.State.PENDING);
        assertThat(migrations().plan(Direction.UPGRADE, "heads")).hasSize(2);
        assertThat(versionRows()).containsExactly("aaa111");
    }

    @Test
    void checkJudgesAgainstTheTargetGiven() throws Exception {
        threeTables();
        migrations().upgrade("bbb222");

        Verdict atTarget = migrations().check("bbb222");
        assertThat(atTarget.state()).isEqualTo(Verdict.State.UP_TO_DATE);
        assertThat(atTarget.pending()).isEmpty();
        assertThat(atTarget.expected()).containsExactly("bbb222");
        assertThat(atTarget.findings()).isEmpty();
        assertThat(atTarget.isClean()).isTrue();

        Verdict belowTarget = migrations().check("aaa111+2");
        assertThat(belowTarget.target()).isEqualTo("aaa111+2");
        assertThat(belowTarget.pending()).extracting(r -> r.id()).containsExactly("ccc333");
        assertThat(belowTarget.findings()).singleElement()
                .satisfies(finding -> assertThat(finding.problem()).isEqualTo(ValidationException.Problem.PENDING))
                .satisfies(finding -> assertThat(finding).hasMessageContaining("not at aaa111+2")
                        .hasMessageContaining("ccc333 (").hasMessageContaining("'upgrade aaa111+2'"));
        assertThatThrownBy(() -> belowTarget.enforce(EnumSet.allOf(ValidationException.Problem.class)))
                .isInstanceOf(ValidationException.class);
    }

    @Test
    void lastFailureIsTheNewestHistoryRowWhenItFailed() throws Exception {
        threeTables();
        migrations().upgrade("aaa111");
        assertThat(migrations().check("heads").lastFailure()).isEmpty();
        files.write("bbb222", "aaa111", "CREATE TABLE b (id int);\nINSERT INTO nope VALUES (1);", "DROP TABLE b;");
        assertThatThrownBy(() -> migrations().upgrade("heads")).isInstanceOf(DatabaseException.class);

        Verdict verdict = migrations().check("aaa111");
        assertThat(verdict.state()).isEqualTo(Verdict.State.FAILED);
        assertThat(verdict.lastFailure()).hasValueSatisfying(row -> {
            assertThat(row.revision()).isEqualTo("bbb222");
            assertThat(row.error()).contains("nope");
        });
        assertThat(verdict.isClean()).isFalse();
    }

    @Test
    void multipleHeadsOnUpgradeHeadIsAnError() throws Exception {
        files.write("aaa111", "", "CREATE TABLE a (id int);", "DROP TABLE a;");
        files.write("bbb222", "aaa111", "CREATE TABLE b (id int);", "DROP TABLE b;");
        files.write("ccc333", "aaa111", "CREATE TABLE c (id int);", "DROP TABLE c;");

        assertThatThrownBy(() -> migrations().upgrade("head"))
                .isInstanceOf(TargetException.class)
                .hasMessageContaining("bbb222")
                .hasMessageContaining("ccc333");
        migrations().upgrade("heads");
        assertThat(versionRows()).containsExactlyInAnyOrder("bbb222", "ccc333");
    }

    @Test
    void graphFactsHistoryRangesAndPlansWithoutRunning() throws Exception {
        files.write("aaa111", "", "CREATE TABLE a (id int);", "DROP TABLE a;");
        files.write("bbb222", "aaa111", "CREATE TABLE b (id int);", "DROP TABLE b;");
        files.write("ccc333", "aaa111", "CREATE TABLE c (id int);", "DROP TABLE c;");
        Migrations m = migrations();

        assertThat(m.heads()).containsExactlyInAnyOrder("bbb222", "ccc333");
        assertThat(m.branches()).extracting(Revision::id).containsExactly("aaa111");
        m.upgrade("bbb222");
        assertThat(m.history("base:heads")).extracting(Revision::id).hasSize(3).endsWith("aaa111");
        assertThat(m.history(":current")).extracting(Revision::id).containsExactly("bbb222", "aaa111");
        assertThat(m.plan("heads")).extracting(s -> s.revision().orElseThrow().id()).containsExactly("ccc333");
        assertThat(versionRows()).containsExactly("bbb222");
    }

    @Test
    void nothingToDoReturnsWithoutWaitingForTheLock() throws Exception {
        threeTables();
        migrations().upgrade("head");
        long key = AdvisoryLock.keyFor(new TableName("public", "alembic_version"));
        try (Connection holder = db.connect(); Statement s = holder.createStatement()) {
            s.execute("SELECT pg_advisory_lock(" + key + ")");

            MigrationResult result = migrations(MigrationsConfig.builder().lockWaitTimeout(Duration.ofMillis(200)))
                    .upgrade("heads");

            assertThat(result.steps()).isEmpty();
            assertThat(result.headsAfter()).containsExactly("ccc333");
            files.write("ddd444", "ccc333", "CREATE TABLE d (id int);", "DROP TABLE d;");
            assertThatThrownBy(() -> migrations(MigrationsConfig.builder().lockWaitTimeout(Duration.ofMillis(200)))
                    .upgrade("heads")).isInstanceOf(LockException.class);
        }
        assertThat(tables()).doesNotContain("d");
    }

    @Test
    void racingEnginesApplyEachRevisionOnce() throws Exception {
        for (int i = 0; i < 10; i++) {
            files.write(String.format("rev%03d", i), i == 0 ? "" : String.format("rev%03d", i - 1),
                    "CREATE TABLE t" + i + " (id int);\nSELECT pg_sleep(0.02);", "DROP TABLE t" + i + ";");
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<MigrationResult>> runs = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                Callable<MigrationResult> run = () -> migrations().upgrade("heads");
                runs.add(pool.submit(run));
            }
            int total = 0;
            for (Future<MigrationResult> run : runs) {
                total += run.get().steps().size();
            }
            assertThat(total).isEqualTo(10);
        } finally {
            pool.shutdownNow();
        }
        assertThat(versionRows()).containsExactly("rev009");
        assertThat(migrations().history()).extracting(HistoryEntry::revision).doesNotHaveDuplicates().hasSize(10);
    }

    private void sql(String sql) throws Exception {
        db.execute(sql);
    }

    private List<String> query(String sql) throws Exception {
        return db.strings(sql);
    }

    private List<String> versionRows() throws Exception {
        return query("SELECT version_num FROM alembic_version ORDER BY 1");
    }

    private List<String> tables() {
        return TestCatalogs.tableNames(db);
    }

    private List<String> indexes() {
        return TestCatalogs.indexNames(db);
    }

}
