package io.migrations.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.migrations.Migrations;
import io.migrations.MigrationsConfig;
import io.migrations.api.DatabaseException;
import io.migrations.api.MigrationResult;
import io.migrations.api.SettingException;
import io.migrations.api.TransactionPer;
import io.migrations.internal.script.RevisionFiles;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** {@link TransactionPer#RUN}: all pending transactional revisions land together, or none of them does. */
class TransactionPerRunTest {

    @RegisterExtension
    static final Fixture fixture = new Fixture();

    @TempDir
    Path dir;

    private RevisionFiles files;

    @BeforeEach
    void emptySchema() throws Exception {
        fixture.resetSchema();
        files = new RevisionFiles(dir);
    }

    private Migrations migrations(TransactionPer per) {
        return Migrations.create(fixture.config(dir).transactionPer(per).build());
    }

    /** Revision {@code r<i>} creates table t_i holding one row; {@code down} is the previous one, or base. */
    private void writeTable(int i, String down) {
        files.write("r" + i, down, "CREATE TABLE t_" + i + " (id int PRIMARY KEY);\nINSERT INTO t_" + i
                + " VALUES (" + i + ");", "DROP TABLE t_" + i + ";");
    }

    private void writeFailing(String id, String down) {
        files.write(id, down, "CREATE TABLE doomed (id int);\nINSERT INTO no_such_table VALUES (1);",
                "DROP TABLE doomed;");
    }

    @Test
    void aFailureRollsBackTheWholeRunAndTheDatabaseStaysAtTheStartRevision() throws Exception {
        writeTable(1, "");
        migrations(TransactionPer.RUN).upgrade("r1");
        List<String> before = schema();
        writeTable(2, "r1");
        writeTable(3, "r2");
        writeTable(4, "r3");
        writeFailing("r5", "r4");

        assertThatThrownBy(() -> migrations(TransactionPer.RUN).upgrade("heads"))
                .isInstanceOf(DatabaseException.class)
                .hasMessageContaining("Upgrade of revision r5")
                .hasMessageContaining("no_such_table")
                .hasMessageContaining("The whole run was rolled back (3 earlier revision(s) in the same transaction: "
                        + "r2, r3, r4); the database is still at r1.");

        assertThat(fixture.query("SELECT version_num FROM alembic_version")).containsExactly("r1");
        assertThat(fixture.numberedTables()).containsExactly("t_1");
        assertThat(fixture.query("SELECT count(*) FROM pg_class WHERE relname = 'doomed'")).containsExactly("0");
        assertThat(fixture.query("SELECT revision || ' ' || success FROM migrations_history ORDER BY id"))
                .containsExactly("r1 true", "r5 false");
        assertThat(schema()).isEqualTo(before);
    }

    @Test
    void aFullLockTableSaysWhyAndWhatToDo() throws Exception {
        // The server's own error, raised without filling the lock table that every session of the server shares.
        String lockTableFull = "DO $$ BEGIN RAISE EXCEPTION 'out of shared memory' USING ERRCODE = '53200'; END $$;";
        writeTable(1, "");
        writeTable(2, "r1");
        files.write("r3", "r2", lockTableFull, "SELECT 1;");

        assertThatThrownBy(() -> migrations(TransactionPer.RUN).upgrade("heads"))
                .hasMessageContaining("out of shared memory [SQL state 53200]")
                .hasMessageContaining("The server's lock table is full")
                .hasMessageContaining("This run put 3 revisions in one transaction: run with transaction-per revision,"
                        + " or raise max_locks_per_transaction");
        assertThatThrownBy(() -> migrations(TransactionPer.REVISION).upgrade("heads"))
                .hasMessageContaining("The server's lock table is full")
                .hasMessageContaining("Split the revision, or raise max_locks_per_transaction");
    }

    @Test
    void theRunCommitsOnceWithEveryVersionAndHistoryRow() throws Exception {
        writeTable(1, "");
        writeTable(2, "r1");
        writeTable(3, "r2");

        MigrationResult result = migrations(TransactionPer.RUN).upgrade("heads");

        assertThat(result.steps()).hasSize(3);
        assertThat(result.headsAfter()).containsExactly("r3");
        assertThat(fixture.numberedTables()).containsExactly("t_1", "t_2", "t_3");
        assertThat(fixture.query("SELECT revision || ' ' || success || ' ' || statements_run FROM migrations_history "
                + "ORDER BY id")).containsExactly("r1 true 2", "r2 true 2", "r3 true 2");
        // The three revisions share one transaction id: the version row and every table were written in it.
        assertThat(fixture.query("SELECT count(DISTINCT xmin::text) FROM (SELECT xmin FROM t_1 UNION ALL "
                + "SELECT xmin FROM t_3 UNION ALL SELECT xmin FROM alembic_version UNION ALL "
                + "SELECT xmin FROM migrations_history) rows")).containsExactly("1");
    }

    @Test
    void aNonTransactionalRevisionCommitsWhatCameBeforeRunsAloneAndALaterFailureRollsBackOnlyWhatFollowedIt()
            throws Exception {
        writeTable(1, "");
        writeTable(2, "r1");
        files.write("n3", "r2", "-- transactional: false\n", "CREATE INDEX CONCURRENTLY t_2_id ON t_2 (id);",
                "DROP INDEX t_2_id;");
        writeTable(4, "n3");
        writeTable(5, "r4");
        writeFailing("r6", "r5");

        assertThatThrownBy(() -> migrations(TransactionPer.RUN).upgrade("heads"))
                .isInstanceOf(DatabaseException.class)
                .hasMessageContaining("Upgrade of revision r6")
                .hasMessageContaining("The run's transaction since n3 was rolled back (2 earlier revision(s) in the "
                        + "same transaction: r4, r5); the revisions before it had committed, so the database is now "
                        + "at n3.");

        assertThat(fixture.query("SELECT version_num FROM alembic_version")).containsExactly("n3");
        assertThat(fixture.numberedTables()).containsExactly("t_1", "t_2");
        assertThat(fixture.query("SELECT indexname FROM pg_indexes WHERE indexname = 't_2_id'"))
                .containsExactly("t_2_id");
        assertThat(fixture.query("SELECT revision || ' ' || success FROM migrations_history ORDER BY id"))
                .containsExactly("r1 true", "r2 true", "n3 true", "r6 false");
        // r1 and r2 committed together, before the non-transactional revision ran in autocommit.
        assertThat(fixture.query("SELECT count(DISTINCT xmin::text) FROM (SELECT xmin FROM t_1 UNION ALL "
                + "SELECT xmin FROM t_2) rows")).containsExactly("1");

        files.write("r6", "r5", "CREATE TABLE t_6 (id int);", "DROP TABLE t_6;");
        MigrationResult rerun = migrations(TransactionPer.RUN).upgrade("heads");
        assertThat(rerun.steps()).extracting(step -> step.step().revision().orElseThrow().id())
                .containsExactly("r4", "r5", "r6");
        assertThat(fixture.numberedTables()).containsExactly("t_1", "t_2", "t_4", "t_5", "t_6");
    }

    @Test
    void perRevisionAFailureKeepsTheRevisionsBeforeIt() throws Exception {
        writeTable(1, "");
        writeTable(2, "r1");
        writeFailing("r3", "r2");

        assertThatThrownBy(() -> migrations(TransactionPer.REVISION).upgrade("heads"))
                .isInstanceOf(DatabaseException.class)
                .hasMessageContaining("The revision was rolled back; the database stays at r2.");

        assertThat(fixture.query("SELECT version_num FROM alembic_version")).containsExactly("r2");
        assertThat(fixture.numberedTables()).containsExactly("t_1", "t_2");
    }

    @Test
    void aDowngradeRunsInOneTransactionToo() throws Exception {
        writeTable(1, "");
        writeTable(2, "r1");
        writeTable(3, "r2");
        migrations(TransactionPer.REVISION).upgrade("heads");
        fixture.sql("CREATE VIEW v_2 AS SELECT * FROM t_2");

        assertThatThrownBy(() -> migrations(TransactionPer.RUN).downgrade("base"))
                .isInstanceOf(DatabaseException.class)
                .hasMessageContaining("Downgrade of revision r2")
                .hasMessageContaining("The whole run was rolled back (1 earlier revision(s) in the same transaction: "
                        + "r3); the database is still at r3.");
        assertThat(fixture.numberedTables()).containsExactly("t_1", "t_2", "t_3");
        assertThat(fixture.query("SELECT version_num FROM alembic_version")).containsExactly("r3");

        fixture.sql("DROP VIEW v_2");
        migrations(TransactionPer.RUN).downgrade("base");
        assertThat(fixture.numberedTables()).isEmpty();
        assertThat(fixture.query("SELECT count(*) FROM alembic_version")).containsExactly("0");
    }

    @Test
    void aDatabaseThatCommitsDdlAtOnceRefusesOneTransactionPerRunBeforeRunningAnything() throws Exception {
        writeTable(1, "");
        String url = "jdbc:h2:mem:TransactionPerRunTest;DB_CLOSE_DELAY=-1";
        Migrations h2 = Migrations.create(MigrationsConfig.builder().url(url, "sa", "")
                .locations("filesystem:" + dir).transactionPer(TransactionPer.RUN).build());

        assertThatThrownBy(() -> h2.upgrade("heads"))
                .isInstanceOf(SettingException.class)
                .hasMessageContaining("commits DDL at once")
                .hasMessageContaining("Nothing was run")
                .hasMessageContaining("--transaction-per revision");
        try (Connection c = DriverManager.getConnection(url, "sa", "");
             ResultSet tables = c.getMetaData().getTables(null, null, "T_1", null)) {
            assertThat(tables.next()).isFalse();
        }
    }

    /** The schema as the snapshot sees it, without the history table's rows. */
    private static List<String> schema() throws Exception {
        return fixture.snapshot().stream().filter(line -> !line.startsWith("history ")).toList();
    }
}
