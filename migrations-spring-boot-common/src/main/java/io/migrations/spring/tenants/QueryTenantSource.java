package io.migrations.spring.tenants;

import io.migrations.api.SettingException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
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
        List<String> names = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(query)) {
            while (rows.next()) {
                names.add(rows.getString(1));
            }
        } catch (SQLException e) {
            throw new SettingException("migrations.tenants.schemas-query failed: " + e.getMessage() + " (query: "
                    + query + ")");
        }
        return names;
    }
}
