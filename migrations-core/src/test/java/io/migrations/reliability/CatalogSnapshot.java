package io.migrations.reliability;

import io.migrations.catalog.Catalog;
import io.migrations.internal.platform.CatalogScope;
import io.migrations.internal.platform.Databases;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Everything a migration could change in a database, as text lines: the whole {@link Catalog} (the version and
 * history tables included, indexes with their validity), then the rows of the version and history tables.
 */
final class CatalogSnapshot {

    private CatalogSnapshot() {
    }

    /** The schema and the version and history rows, one line each. */
    static List<String> take(Connection connection) throws SQLException {
        Catalog catalog = Databases.detect(connection).catalogReader().read(connection, CatalogScope.everything());
        List<String> lines = new ArrayList<>(catalog.lines());
        if (catalog.table("public", "alembic_version").isPresent()) {
            lines.addAll(query(connection, "SELECT 'version ' || version_num FROM alembic_version ORDER BY 1"));
        }
        if (catalog.table("public", "migrations_history").isPresent()) {
            lines.addAll(query(connection, "SELECT 'history ' || h::text FROM migrations_history h ORDER BY id"));
        }
        return lines;
    }

    private static List<String> query(Connection connection, String sql) throws SQLException {
        List<String> lines = new ArrayList<>();
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                lines.add(rs.getString(1));
            }
        }
        return lines;
    }
}
