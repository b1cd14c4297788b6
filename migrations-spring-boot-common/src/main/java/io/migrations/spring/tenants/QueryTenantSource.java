package io.migrations.spring.tenants;

import io.migrations.api.SettingException;
import io.migrations.internal.fleet.SchemaNames;
import java.sql.SQLException;
import java.util.List;
import javax.sql.DataSource;

/** The tenants {@code migrations.tenants.schemas-query} names: the first column of its rows. */
final class QueryTenantSource implements TenantSource {

    private final String query;
    private final DataSource dataSource;

    QueryTenantSource(String query, DataSource dataSource) {
        this.query = query;
        this.dataSource = dataSource;
    }

    @Override
    public List<String> schemas() {
        try {
            return SchemaNames.query(dataSource, query);
        } catch (SQLException e) {
            throw new SettingException("migrations.tenants.schemas-query failed: " + e.getMessage() + " (query: "
                    + query + ")");
        }
    }
}
