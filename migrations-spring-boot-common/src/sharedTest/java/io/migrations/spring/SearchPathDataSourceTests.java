package io.migrations.spring;

import static org.assertj.core.api.Assertions.assertThat;

import io.migrations.internal.platform.Poolers;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A tenant's connections have its schema first and give the connection its own path back when closed; since the
 * tenants' migration checked the connections underneath for a transaction pooler once, a tenant's run does not ask
 * again, while a runner's search-path connections leave each run to check them.
 */
class SearchPathDataSourceTests {

    @RegisterExtension
    static final TestDatabaseExtension db = new TestDatabaseExtension();

    @Test
    void aTenantsConnectionsHaveItsSchemaFirstAndCountAsCheckedSessions() throws SQLException {
        db.execute("DROP SCHEMA IF EXISTS tenant_a CASCADE; CREATE SCHEMA tenant_a");
        DataSource pooled = db.dataSource();
        String own;
        try (Connection plain = pooled.getConnection()) {
            own = value(plain, "SHOW search_path");
        }

        try (Connection tenant = SearchPathDataSource.first(pooled, "tenant_a").getConnection()) {
            assertThat(tenant).isInstanceOf(Poolers.CheckedSession.class);
            assertThat(value(tenant, "SELECT current_schema()")).isEqualTo("tenant_a");
        }
        try (Connection runner = new SearchPathDataSource(pooled, List.of("tenant_a")).getConnection()) {
            assertThat(runner).isNotInstanceOf(Poolers.CheckedSession.class);
            assertThat(value(runner, "SELECT current_schemas(false)::text")).isEqualTo("{tenant_a}");
        }
        try (Connection plain = pooled.getConnection()) {
            assertThat(value(plain, "SHOW search_path")).isEqualTo(own);
        }
    }

    private static String value(Connection connection, String query) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(query)) {
            rs.next();
            return rs.getString(1);
        }
    }
}
