package io.migrations.internal.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.migrations.api.Direction;
import io.migrations.api.IrreversibleException;
import io.migrations.api.Revision;
import io.migrations.api.Timeouts;
import io.migrations.api.TransactionPer;
import io.migrations.internal.bookkeeping.VersionTable;
import io.migrations.internal.plan.Step;
import io.migrations.internal.plan.VersionOp;
import io.migrations.internal.platform.Databases;
import io.migrations.internal.platform.TableName;
import io.migrations.internal.script.Script;
import io.migrations.internal.script.Transaction;
import io.migrations.internal.sql.Statement;
import io.migrations.testdb.TestDatabase;
import io.migrations.testdb.TestServers;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class OfflineSqlWriterTest {

    private static final VersionTable VERSIONS = new VersionTable(Databases.POSTGRESQL, new TableName(null, "alembic_version"));

    private final Revision first = new Revision("aaa111", List.of(), List.of(), List.of(), "create items", "", "a.sql");
    private final Revision second = new Revision("bbb222", List.of("aaa111"), List.of(), List.of(), "index items", "",
            "b.sql");
    private final Map<String, Script> scripts = Map.of(
            "aaa111", new Script(first, Transaction.ONE_PER_DIRECTION, dialect -> List.of(
                    new Statement("CREATE TABLE items (id int, name text)", 5),
                    new Statement("INSERT INTO items VALUES (?, ?)", 6, List.of(1, "it's")),
                    new Statement("INSERT INTO items VALUES (2, 'two') -- the second item", 7)),
                    Optional.of(dialect -> List.of(new Statement("DROP TABLE items", 9))), "c1"),
            "bbb222", new Script(second, Transaction.NONE, dialect -> List.of(
                    new Statement("CREATE INDEX CONCURRENTLY ix_items_name ON items (name)", 4)),
                    Optional.empty(), "c2"));

    private final Step upgradeFirst = new Step(Direction.UPGRADE, Optional.of(first), List.of(), List.of("aaa111"),
            List.of(new VersionOp.Insert("aaa111")));
    private final Step upgradeSecond = new Step(Direction.UPGRADE, Optional.of(second), List.of("aaa111"),
            List.of("bbb222"), List.of(new VersionOp.Update("aaa111", "bbb222")));

    private final OfflineSqlWriter writer = new OfflineSqlWriter(Databases.byName("postgresql"), VERSIONS, scripts,
            Timeouts.NONE, TransactionPer.REVISION);

    @Test
    void writesOneTransactionPerRevisionAndTheNonTransactionalOneOutsideIt() {
        assertThat(writer.write(List.of(), false, List.of(upgradeFirst, upgradeSecond))).isEqualTo("""
                BEGIN;

                CREATE TABLE alembic_version (
                    version_num VARCHAR(32) NOT NULL,\s
                    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
                );

                -- Running upgrade  -> aaa111

                CREATE TABLE items (id int, name text);

                INSERT INTO items VALUES (1, 'it''s');

                INSERT INTO items VALUES (2, 'two') -- the second item
                ;

                INSERT INTO alembic_version (version_num) VALUES ('aaa111') RETURNING alembic_version.version_num;

                COMMIT;

                -- Running upgrade aaa111 -> bbb222

                CREATE INDEX CONCURRENTLY ix_items_name ON items (name);

                BEGIN;

                UPDATE alembic_version SET version_num='bbb222' WHERE alembic_version.version_num = 'aaa111';

                COMMIT;

                """);
    }

    @Test
    void theScriptRunsOnPostgresqlAndLeavesTheVersionTableAsTheEngineWould() throws Exception {
        String sql = new OfflineSqlWriter(Databases.byName("postgresql"), VERSIONS, scripts,
                new Timeouts(Duration.ofSeconds(5), Duration.ofMinutes(1)), TransactionPer.REVISION)
                .write(List.of(), false, List.of(upgradeFirst, upgradeSecond));
        assertThat(sql).contains("BEGIN;\n\nSET LOCAL lock_timeout = 5000;\n\nSET LOCAL statement_timeout = 60000;\n\n");

        try (TestDatabase db = TestServers.find().createDatabase("OfflineSqlWriterTest");
             Connection c = db.connect()) {
            for (String part : sql.split("\n\n")) {
                c.createStatement().execute(part);
            }
            try (ResultSet rs = c.createStatement().executeQuery("SELECT version_num, (SELECT count(*) FROM items) "
                    + "FROM alembic_version")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString(1)).isEqualTo("bbb222");
                assertThat(rs.getInt(2)).isEqualTo(2);
            }
        }
    }

    @Test
    void perRunTheTransactionalStepsShareOneTransactionAndANonTransactionalOneEndsIt() {
        Step downgradeFirst = new Step(Direction.DOWNGRADE, Optional.of(first), List.of("aaa111"), List.of(),
                List.of(new VersionOp.Delete("aaa111")));
        String sql = new OfflineSqlWriter(Databases.byName("postgresql"), VERSIONS, scripts,
                new Timeouts(Duration.ofSeconds(5), null), TransactionPer.RUN)
                .write(List.of(), true, List.of(upgradeFirst, downgradeFirst, upgradeFirst, upgradeSecond));
        assertThat(sql).startsWith("BEGIN;\n\nSET LOCAL lock_timeout = 5000;\n\n-- Running upgrade  -> aaa111\n\n")
                .endsWith("CREATE INDEX CONCURRENTLY ix_items_name ON items (name);\n\nBEGIN;\n\nUPDATE alembic_version "
                        + "SET version_num='bbb222' WHERE alembic_version.version_num = 'aaa111';\n\nCOMMIT;\n\n");
        assertThat(sql.split("BEGIN;", -1)).as("one transaction for the run, one for the version change").hasSize(3);
        assertThat(sql.split("COMMIT;", -1)).hasSize(3);
        int firstCommit = sql.indexOf("COMMIT;");
        assertThat(sql.substring(0, firstCommit)).contains("-- Running downgrade aaa111 ->", "DROP TABLE items;")
                .endsWith("INSERT INTO alembic_version (version_num) VALUES ('aaa111') RETURNING "
                        + "alembic_version.version_num;\n\n");
        assertThat(sql.substring(firstCommit)).startsWith("COMMIT;\n\n-- Running upgrade aaa111 -> bbb222\n\n");
    }

    @Test
    void endsWithoutRevisionsDropsTheVersionTableLikeAlembic() {
        Step downgrade = new Step(Direction.DOWNGRADE, Optional.of(first), List.of("aaa111"), List.of(),
                List.of(new VersionOp.Delete("aaa111")));
        assertThat(writer.write(List.of("aaa111"), true, List.of(downgrade))).isEqualTo("""
                BEGIN;

                -- Running downgrade aaa111 ->\s

                DROP TABLE items;

                DELETE FROM alembic_version WHERE alembic_version.version_num = 'aaa111';

                COMMIT;

                DROP TABLE alembic_version;

                """);
    }

    @Test
    void refusesToWriteTheDowngradeOfAnIrreversibleRevision() {
        Step downgrade = new Step(Direction.DOWNGRADE, Optional.of(second), List.of("bbb222"), List.of("aaa111"),
                List.of(new VersionOp.Update("bbb222", "aaa111")));
        assertThatThrownBy(() -> writer.write(List.of("bbb222"), true, List.of(downgrade)))
                .isInstanceOf(IrreversibleException.class).hasMessageContaining("bbb222 (b.sql)");
    }
}
