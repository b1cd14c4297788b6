package io.migrations.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.migrations.internal.connect.Backoff;
import io.migrations.internal.connect.Connector;
import io.migrations.internal.platform.Poolers;
import io.migrations.testdb.FreshDatabase;
import io.migrations.testdb.TestDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The fleet's pool: a connection comes back to the next tenant with nothing of the last one's session, and since the
 * fleet checked its connections once for a transaction pooler, a target's run does not check them again.
 */
class ConnectionPoolTest {

    @RegisterExtension
    static final FreshDatabase DB = new FreshDatabase();

    private final TestDatabase db = DB.get();

    /** A pool of one connection, for schemas {@code a} and {@code b} created here, so each borrow reuses it. */
    private ConnectionPool poolOfOne(String a, String b) throws SQLException {
        db.execute("CREATE SCHEMA " + a + "; CREATE SCHEMA " + b);
        Connector logins = new Connector(db.dataSource(), new Backoff(0, Duration.ZERO), Duration.ofSeconds(30));
        return new ConnectionPool(logins, 1, Duration.ofSeconds(5));
    }

    @Test
    void aTenantGetsItsSchemaFirstAndNothingOfTheTenantBefore() throws SQLException {
        try (ConnectionPool pool = poolOfOne("pool_a", "pool_b")) {
            int firstBackend;
            try (Connection a = new Connector(pool.forSchema("pool_a"), new Backoff(0, Duration.ZERO),
                    Duration.ofSeconds(30)).open(); Statement statement = a.createStatement()) {
                assertThat(a).isInstanceOf(Poolers.CheckedSession.class);
                assertThat(values(statement, "SELECT current_schema()")).containsExactly("pool_a");
                statement.execute("SET statement_timeout = '7s'");
                firstBackend = Integer.parseInt(values(statement, "SELECT pg_backend_pid()").get(0));
            }
            try (Connection b = pool.forSchema("pool_b").getConnection(); Statement statement = b.createStatement()) {
                assertThat(values(statement, "SELECT pg_backend_pid()")).as("the same connection, reused")
                        .containsExactly(Integer.toString(firstBackend));
                assertThat(values(statement, "SELECT current_schemas(false)::text")).containsExactly("{pool_b,public}");
                assertThat(values(statement, "SHOW statement_timeout")).containsExactly("0");
                assertThat(Poolers.transactionPooling(b, b)).as("not asked again: two connections of one backend "
                        + "would otherwise read as a transaction pooler").isEmpty();
            }
        }
    }

    @Test
    void aConnectionLostWhileIdleIsReplacedWithoutFailingTheNextTenant() throws SQLException {
        try (ConnectionPool pool = poolOfOne("lost_a", "lost_b")) {
            String first;
            try (Connection a = pool.forSchema("lost_a").getConnection(); Statement statement = a.createStatement()) {
                first = values(statement, "SELECT pg_backend_pid()").get(0);
            }
            db.execute("SELECT pg_terminate_backend(" + first + ")");

            try (Connection b = pool.forSchema("lost_b").getConnection(); Statement statement = b.createStatement()) {
                assertThat(values(statement, "SELECT pg_backend_pid()")).doesNotContain(first);
                assertThat(values(statement, "SELECT current_schema()")).containsExactly("lost_b");
            }
        }
    }

    private static List<String> values(Statement statement, String query) throws SQLException {
        List<String> values = new ArrayList<>();
        try (ResultSet rs = statement.executeQuery(query)) {
            while (rs.next()) {
                values.add(rs.getString(1));
            }
        }
        return values;
    }
}
