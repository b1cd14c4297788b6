package io.migrations.internal.script;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.migrations.api.ScriptException;
import io.migrations.internal.platform.Databases;
import io.migrations.internal.script.Catalog.IndexInfo;
import io.migrations.java.scenarios.IndexLiveSessionsConcurrently;
import io.migrations.testdb.TestDatabase;
import io.migrations.testdb.TestServers;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A revision that PostgreSQL runs and H2 refuses as a whole, before any of its statements runs. */
class PartialIndexRevisionTest {

    private final Script script = JavaRevisions.load(IndexLiveSessionsConcurrently.class);

    @Test
    void postgresqlBuildsThePartialIndexConcurrently() throws SQLException {
        try (TestDatabase database = TestServers.find().createDatabase("PartialIndexRevisionTest");
             Connection connection = database.connect()) {
            ScriptRunner runner = new ScriptRunner(connection, Databases.POSTGRESQL);
            Catalog catalog = new Catalog(connection);
            for (int run = 0; run < 2; run++) {
                runner.upgrade(script);
                assertThat(catalog.indexes("sessions").get("ix_sessions_live"))
                        .isEqualTo(new IndexInfo(true, List.of("user_email"), "(deleted_at IS NULL)"));
                execute(connection, "INSERT INTO sessions VALUES (1, 'ada', now()), (2, 'ada', NULL)");
                assertThatThrownBy(() -> execute(connection, "INSERT INTO sessions VALUES (3, 'ada', NULL)"))
                        .isInstanceOf(SQLException.class);
                runner.downgrade(script);
                assertThat(catalog.tables()).doesNotContain("sessions");
            }
        }
    }

    @Test
    void h2RefusesTheRevisionBeforeRunningAnyStatement() throws SQLException {
        try (Connection connection = DriverManager.getConnection("jdbc:h2:mem:PartialIndexRevisionTest")) {
            ScriptRunner runner = new ScriptRunner(connection, Databases.H2);
            assertThatThrownBy(() -> runner.upgrade(script))
                    .isInstanceOf(ScriptException.class)
                    .hasMessageStartingWith(IndexLiveSessionsConcurrently.class.getName() + ":")
                    .hasMessageContaining(": upgrade: Not supported on H2: partial index ix_sessions_live "
                            + "(WHERE deleted_at IS NULL)");
            assertThat(new Catalog(connection).tables()).doesNotContain("sessions");
        }
    }

    private static void execute(Connection connection, String sql) throws SQLException {
        try (java.sql.Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
