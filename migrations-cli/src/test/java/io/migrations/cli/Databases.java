package io.migrations.cli;

import io.migrations.testdb.TestDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** Reads and resets test databases. */
final class Databases {

    private Databases() {
    }

    /** The rows of {@code alembic_version}, sorted; empty when the table does not exist. */
    static List<String> versions(TestDatabase database) throws SQLException {
        return strings(database, "SELECT version_num FROM alembic_version ORDER BY 1", "alembic_version");
    }

    /** Names of the tables in the public schema, sorted. */
    static List<String> tables(TestDatabase database) throws SQLException {
        return strings(database, "SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY 1", null);
    }

    private static List<String> strings(TestDatabase database, String query, String requiredTable) throws SQLException {
        try (Connection c = database.connect(); Statement s = c.createStatement()) {
            if (requiredTable != null) {
                try (ResultSet rs = s.executeQuery("SELECT to_regclass('" + requiredTable + "') IS NOT NULL")) {
                    rs.next();
                    if (!rs.getBoolean(1)) {
                        return List.of();
                    }
                }
            }
            List<String> values = new ArrayList<>();
            try (ResultSet rs = s.executeQuery(query)) {
                while (rs.next()) {
                    values.add(rs.getString(1));
                }
            }
            return values;
        }
    }
}
