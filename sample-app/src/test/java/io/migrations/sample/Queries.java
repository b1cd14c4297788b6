package io.migrations.sample;

import io.migrations.testdb.TestDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** Reads a test database directly, to check what the app did to it. */
final class Queries {

    private Queries() {
    }

    /** The first column of every row of {@code sql}, as text. */
    static List<String> column(TestDatabase database, String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Connection connection = database.connect(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(sql)) {
            while (rows.next()) {
                values.add(rows.getString(1));
            }
        }
        return values;
    }

    /** The single value {@code sql} returns, as text; null for SQL NULL. */
    static String value(TestDatabase database, String sql) throws SQLException {
        List<String> values = column(database, sql);
        if (values.size() != 1) {
            throw new AssertionError("Expected one row from " + sql + ", got " + values);
        }
        return values.get(0);
    }

    /** The revisions in the version table, comma-separated. */
    static String versions(TestDatabase database) throws SQLException {
        return value(database, "SELECT string_agg(version_num, ',') FROM alembic_version");
    }
}
