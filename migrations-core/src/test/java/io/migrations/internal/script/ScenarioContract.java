package io.migrations.internal.script;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.migrations.internal.platform.Database;
import io.migrations.internal.script.Catalog.ColumnInfo;
import io.migrations.internal.script.Catalog.ForeignKeyInfo;
import io.migrations.internal.script.Catalog.IndexInfo;
import io.migrations.java.scenarios.AddLogsCurrency;
import io.migrations.java.scenarios.AddLogsError;
import io.migrations.java.scenarios.AddLogsProviderIndex;
import io.migrations.java.scenarios.AddLogsUserForeignKey;
import io.migrations.java.scenarios.AddLogsWorkspace;
import io.migrations.java.scenarios.AddUsersAndApiKeys;
import io.migrations.java.scenarios.AuditEventsInSchema;
import io.migrations.java.scenarios.ConvertTaskPriority;
import io.migrations.java.scenarios.EnsureLogsCreatedAtIndex;
import io.migrations.java.scenarios.LogsBase;
import io.migrations.java.scenarios.MarkErroredLogs;
import io.migrations.java.scenarios.RenameLogsCost;
import io.migrations.java.scenarios.RenameTagsAndConstrain;
import io.migrations.java.scenarios.WidenLogsLatency;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The scenarios of the issue, run on a real database: upgrade, check the catalog and the data, downgrade, check that
 * the change is gone, upgrade again. Subclasses supply the database.
 */
abstract class ScenarioContract {

    /** An open connection to the database under test. */
    abstract Connection connection();

    abstract Database dialect();

    /** Drops everything the previous test created. */
    abstract void resetSchema() throws SQLException;

    /** How the catalog of this database reports a {@code TEXT} column. */
    abstract String catalogTextType();

    private Catalog catalog;
    private ScriptRunner runner;

    @BeforeEach
    void freshSchema() throws SQLException {
        resetSchema();
        catalog = new Catalog(connection());
        runner = new ScriptRunner(connection(), dialect());
    }

    @Test
    void createsUsersAndApiKeys() throws SQLException {
        cycle(JavaRevisions.load(AddUsersAndApiKeys.class), this::assertUsersAndApiKeys,
                () -> assertThat(catalog.tables()).doesNotContain("users", "api_keys"));
    }

    private void assertUsersAndApiKeys() throws SQLException {
        assertThat(catalog.tables()).contains("users", "api_keys");
        ColumnInfo id = catalog.columns("users").get("id");
        assertThat(id.type()).isEqualTo("integer");
        assertThat(id.nullable()).isFalse();
        assertThat(id.identity()).isTrue();
        assertThat(catalog.columns("users").get("email")).isEqualTo(
                new ColumnInfo("character varying(255)", false, null, false));
        assertThat(catalog.columns("users").get("name").nullable()).isTrue();
        assertThat(catalog.columns("users").get("created_at").type()).isEqualTo("timestamp");
        assertThat(catalog.columns("users").get("created_at").defaultValue()).isEqualToIgnoringCase("CURRENT_TIMESTAMP");
        assertThat(catalog.constraints("users")).containsEntry("users_pkey", "PRIMARY KEY")
                .containsEntry("users_email_key", "UNIQUE");
        assertThat(catalog.indexes("users").get("ix_users_email")).isEqualTo(new IndexInfo(false, List.of("email"), null));
        assertThat(catalog.columns("api_keys").get("label").type()).isEqualTo(catalogTextType());
        assertThat(catalog.columns("api_keys").get("revoked").defaultValue()).isEqualToIgnoringCase("FALSE");
        assertThat(catalog.columns("api_keys").get("uses").defaultValue()).isEqualTo("0");
        assertThat(catalog.constraints("api_keys")).containsEntry("api_keys_pkey", "PRIMARY KEY")
                .containsEntry("api_keys_key_hash_key", "UNIQUE")
                .containsEntry("api_keys_user_id_fkey", "FOREIGN KEY")
                .containsEntry("ck_api_keys_uses", "CHECK");
        assertThat(catalog.foreignKeys("api_keys")).containsEntry("api_keys_user_id_fkey",
                new ForeignKeyInfo(List.of("user_id"), "users", List.of("id"), "CASCADE"));

        execute("INSERT INTO users (email) VALUES ('ada@example.com')");
        execute("INSERT INTO api_keys (user_id, key_hash) SELECT id, 'h1' FROM users");
        assertThat(catalog.query("SELECT revoked, uses FROM api_keys")).containsExactly(List.of(false, 0));
        assertThatThrownBy(() -> execute("UPDATE api_keys SET uses = -1")).isInstanceOf(SQLException.class);
        execute("DELETE FROM users");
        assertThat(catalog.query("SELECT count(*) FROM api_keys").get(0).get(0)).isEqualTo(0L);
    }

    @Test
    void addsColumn() throws SQLException {
        runner.upgrade(LogsBase.class);
        cycle(JavaRevisions.load(AddLogsError.class), () -> {
            assertThat(catalog.columns("logs").get("error")).isEqualTo(
                    new ColumnInfo(catalogTextType(), true, null, false));
            assertThat(catalog.query("SELECT count(*) FROM logs WHERE error IS NULL").get(0).get(0)).isEqualTo(3L);
        }, () -> assertThat(catalog.columns("logs")).doesNotContainKey("error"));
    }

    @Test
    void addsIndex() throws SQLException {
        runner.upgrade(LogsBase.class);
        cycle(JavaRevisions.load(AddLogsProviderIndex.class),
                () -> assertThat(catalog.indexes("logs").get("ix_logs_provider"))
                        .isEqualTo(new IndexInfo(false, List.of("provider"), null)),
                () -> assertThat(catalog.indexes("logs")).doesNotContainKey("ix_logs_provider"));
    }

    @Test
    void renamesColumnKeepingData() throws SQLException {
        runner.upgrade(LogsBase.class);
        cycle(JavaRevisions.load(RenameLogsCost.class), () -> {
            assertThat(catalog.columns("logs")).containsKey("cost_deprecated").doesNotContainKey("cost");
            assertThat(catalog.columns("logs").get("cost_deprecated").type()).isEqualTo("numeric(10,4)");
            assertThat(catalog.query("SELECT count(*) FROM logs WHERE cost_deprecated IS NOT NULL").get(0).get(0))
                    .isEqualTo(2L);
        }, () -> {
            assertThat(catalog.columns("logs")).containsKey("cost").doesNotContainKey("cost_deprecated");
            assertThat(catalog.query("SELECT count(*) FROM logs WHERE cost IS NOT NULL").get(0).get(0)).isEqualTo(2L);
        });
    }

    @Test
    void changesColumnType() throws SQLException {
        runner.upgrade(LogsBase.class);
        cycle(JavaRevisions.load(WidenLogsLatency.class), () -> {
            assertThat(catalog.columns("logs").get("latency_ms").type()).isEqualTo("bigint");
            execute("UPDATE logs SET latency_ms = 5000000000 WHERE id = 3");
            execute("UPDATE logs SET latency_ms = 40 WHERE id = 3");
            assertThat(catalog.query("SELECT sum(latency_ms) FROM logs").get(0).get(0).toString()).isEqualTo("2090");
        }, () -> {
            assertThat(catalog.columns("logs").get("latency_ms").type()).isEqualTo("integer");
            assertThatThrownBy(() -> execute("UPDATE logs SET latency_ms = 5000000000 WHERE id = 3"))
                    .isInstanceOf(SQLException.class);
        });
    }

    @Test
    void addsForeignKeyWithCascade() throws SQLException {
        runner.upgrade(LogsBase.class);
        cycle(JavaRevisions.load(AddLogsUserForeignKey.class), () -> {
            assertThat(catalog.foreignKeys("logs")).containsExactlyEntriesOf(java.util.Map.of("fk_logs_user_id",
                    new ForeignKeyInfo(List.of("user_id"), "users", List.of("id"), "CASCADE")));
            assertThatThrownBy(() -> execute("UPDATE logs SET user_id = 99 WHERE id = 1"))
                    .isInstanceOf(SQLException.class);
        }, () -> {
            assertThat(catalog.foreignKeys("logs")).isEmpty();
            assertThat(catalog.constraints("logs")).doesNotContainKey("fk_logs_user_id");
        });
        execute("DELETE FROM users WHERE id = 2");
        assertThat(catalog.query("SELECT id FROM logs ORDER BY id")).containsExactly(List.of(1), List.of(3));
    }

    @Test
    void movesLogsIntoDefaultWorkspace() throws SQLException {
        runner.upgrade(LogsBase.class);
        cycle(JavaRevisions.load(AddLogsWorkspace.class), () -> {
            assertThat(catalog.columns("logs").get("workspace_id")).isEqualTo(
                    new ColumnInfo("integer", false, null, false));
            assertThat(catalog.foreignKeys("logs")).containsEntry("fk_logs_workspace_id",
                    new ForeignKeyInfo(List.of("workspace_id"), "workspaces", List.of("id"), "NO ACTION"));
            assertThat(catalog.constraints("workspaces")).containsEntry("workspaces_name_key", "UNIQUE");
            assertThat(catalog.query("SELECT DISTINCT w.name FROM logs l JOIN workspaces w ON w.id = l.workspace_id"))
                    .containsExactly(List.of("default"));
            assertThatThrownBy(() -> execute("INSERT INTO logs (id, provider) VALUES (10, 'x')"))
                    .isInstanceOf(SQLException.class);
        }, () -> {
            assertThat(catalog.columns("logs")).doesNotContainKey("workspace_id");
            assertThat(catalog.tables()).doesNotContain("workspaces");
        });
    }

    @Test
    void marksErroredLogsWithParameters() throws SQLException {
        runner.upgrade(LogsBase.class, AddLogsError.class);
        execute("UPDATE logs SET error = 'timeout' WHERE id = 2");
        cycle(JavaRevisions.load(MarkErroredLogs.class),
                () -> assertThat(catalog.query("SELECT id, status FROM logs ORDER BY id"))
                        .containsExactly(List.of(1, "ok"), List.of(2, "error"), List.of(3, "ok")),
                () -> assertThat(catalog.query("SELECT DISTINCT status FROM logs")).containsExactly(List.of("ok")));
    }

    @Test
    void addsNotNullColumnInThreeSteps() throws SQLException {
        runner.upgrade(LogsBase.class);
        cycle(JavaRevisions.load(AddLogsCurrency.class), () -> {
            assertThat(catalog.columns("logs").get("currency")).isEqualTo(
                    new ColumnInfo("character varying(3)", false, null, false));
            assertThat(catalog.query("SELECT DISTINCT currency FROM logs")).containsExactly(List.of("USD"));
        }, () -> assertThat(catalog.columns("logs")).doesNotContainKey("currency"));
    }

    @Test
    void createIndexIfNotExistsIsIdempotent() throws SQLException {
        runner.upgrade(LogsBase.class);
        Script script = JavaRevisions.load(EnsureLogsCreatedAtIndex.class);
        IndexInfo expected = new IndexInfo(false, List.of("created_at"), null);
        cycle(script, () -> assertThat(catalog.indexes("logs").get("ix_logs_created_at")).isEqualTo(expected),
                () -> assertThat(catalog.indexes("logs")).doesNotContainKey("ix_logs_created_at"));
        runner.upgrade(script);
        assertThat(catalog.indexes("logs").get("ix_logs_created_at")).isEqualTo(expected);
        runner.downgrade(script);
        runner.downgrade(script);
        assertThat(catalog.indexes("logs")).doesNotContainKey("ix_logs_created_at");
    }

    @Test
    void changesTypeWithUsingAroundADefaultThatWouldNotCast() throws SQLException {
        execute("CREATE TABLE tasks (id INTEGER PRIMARY KEY, priority VARCHAR(10) DEFAULT '0' NOT NULL)");
        execute("INSERT INTO tasks (id, priority) VALUES (1, '1'), (2, '5')");
        cycle(JavaRevisions.load(ConvertTaskPriority.class), () -> {
            assertThat(catalog.columns("tasks").get("priority").type()).isEqualTo("integer");
            execute("INSERT INTO tasks (id) VALUES (3)");
            assertThat(catalog.query("SELECT sum(priority) FROM tasks").get(0).get(0).toString()).isEqualTo("6");
            execute("DELETE FROM tasks WHERE id = 3");
        }, () -> {
            assertThat(catalog.columns("tasks").get("priority").type()).isEqualTo("character varying(10)");
            execute("INSERT INTO tasks (id) VALUES (3)");
            assertThat(catalog.query("SELECT priority FROM tasks ORDER BY id"))
                    .containsExactly(List.of("1"), List.of("5"), List.of("0"));
            execute("DELETE FROM tasks WHERE id = 3");
        });
    }

    @Test
    void renamesTableAndAddsAndDropsConstraints() throws SQLException {
        execute("CREATE TABLE tags (name VARCHAR(50) NOT NULL, slug VARCHAR(50))");
        execute("INSERT INTO tags VALUES ('ai', 'ai'), ('', 'empty')");
        cycle(JavaRevisions.load(RenameTagsAndConstrain.class), () -> {
            assertThat(catalog.tables()).contains("labels").doesNotContain("tags");
            assertThat(catalog.constraints("labels")).containsExactlyInAnyOrderEntriesOf(java.util.Map.of(
                    "labels_pkey", "PRIMARY KEY", "uq_labels_slug", "UNIQUE", "ck_labels_name", "CHECK"));
            assertThat(catalog.query("SELECT name FROM labels")).containsExactly(List.of("ai"));
            assertThatThrownBy(() -> execute("INSERT INTO labels VALUES ('x', 'x')")).isInstanceOf(SQLException.class);
        }, () -> {
            assertThat(catalog.tables()).contains("tags").doesNotContain("labels");
            assertThat(catalog.constraints("tags")).isEmpty();
            execute("INSERT INTO tags VALUES ('x', 'x'), ('x', 'x')");
            execute("DELETE FROM tags WHERE name = 'x'");
        });
    }

    /** Every name an operation in {@code inSchema("audit")} gives is taken in audit, none on the search path. */
    @Test
    void createsAndChangesTablesInANamedSchema() throws SQLException {
        execute("CREATE SCHEMA audit");
        execute("CREATE TABLE events (id INT)");
        cycle(JavaRevisions.load(AuditEventsInSchema.class), () -> {
            assertThat(catalog.query("SELECT id, kind, session_id, note FROM audit.events"))
                    .containsExactly(List.of(1L, "login", 7L, "first"));
            assertThatThrownBy(() -> execute("INSERT INTO audit.events (id, kind, session_id) VALUES (2, 'x', 8)"))
                    .isInstanceOf(SQLException.class);
            assertThat(catalog.query("SELECT count(*) FROM events")).containsExactly(List.of(0L));
        }, () -> {
            assertThatThrownBy(() -> execute("SELECT 1 FROM audit.events")).isInstanceOf(SQLException.class);
            assertThatThrownBy(() -> execute("SELECT 1 FROM audit.sessions")).isInstanceOf(SQLException.class);
            assertThat(catalog.query("SELECT count(*) FROM events")).containsExactly(List.of(0L));
        });
    }

    /** Upgrade, check, downgrade, check it is gone, upgrade again and check once more. */
    private void cycle(Script script, Check upgraded, Check downgraded) throws SQLException {
        runner.upgrade(script);
        upgraded.run();
        runner.downgrade(script);
        downgraded.run();
        runner.upgrade(script);
        upgraded.run();
    }

    void execute(String sql) throws SQLException {
        try (java.sql.Statement statement = connection().createStatement()) {
            statement.execute(sql);
        }
    }

    @FunctionalInterface
    interface Check {
        void run() throws SQLException;
    }
}
