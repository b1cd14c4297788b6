package io.migrations.internal.fleet;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The version rows of many schemas of one database in two round trips, however many schemas: the catalog names the
 * schemas that have the version table and builds one {@code UNION ALL} over them (names quoted by the server's
 * {@code format('%I')}), which then runs as one query.
 */
public final class FleetVersions {

    private static final String UNION_OVER_SCHEMAS = """
            SELECT string_agg(format('SELECT %L AS schema, version_num FROM %I.%I', n.nspname, n.nspname, c.relname),
                              ' UNION ALL ')
              FROM pg_catalog.pg_class c
              JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
             WHERE c.relname = ? AND c.relkind IN ('r', 'p') AND n.nspname = ANY (?)
            """;

    private FleetVersions() {
    }

    /** Each schema's version rows, sorted; a schema without the version table maps to no row (base). */
    public static Map<String, List<String>> read(Connection connection, List<String> schemas, String versionTable)
            throws SQLException {
        Map<String, List<String>> versions = new LinkedHashMap<>();
        schemas.forEach(schema -> versions.put(schema, new ArrayList<>()));
        String union;
        try (PreparedStatement statement = connection.prepareStatement(UNION_OVER_SCHEMAS)) {
            Array names = connection.createArrayOf("text", schemas.toArray());
            statement.setString(1, versionTable);
            statement.setArray(2, names);
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                union = rows.getString(1);
            }
        }
        if (union == null) {
            return versions;
        }
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(union + " ORDER BY 1, 2")) {
            while (rows.next()) {
                versions.get(rows.getString(1)).add(rows.getString(2));
            }
        }
        return versions;
    }
}
