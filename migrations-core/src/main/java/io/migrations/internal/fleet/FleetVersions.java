package io.migrations.internal.fleet;

import io.migrations.api.HistoryEntry;
import io.migrations.api.RecordedState;
import io.migrations.internal.bookkeeping.HistoryTable;
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
 * What the version and history tables of many schemas of one database record, in three round trips however many
 * schemas: the catalog names the schemas that have each table and builds one {@code UNION ALL} over the version
 * tables and one over the history tables (names quoted by the server's {@code format('%I')}), which then run as two
 * queries.
 */
public final class FleetVersions {

    private static final String UNIONS_OVER_SCHEMAS = """
            SELECT string_agg(format('SELECT %L AS schema, version_num FROM %I.%I', n.nspname, n.nspname, c.relname),
                              ' UNION ALL ') FILTER (WHERE c.relname = ?),
                   string_agg(format('SELECT %L AS schema, COLUMNS FROM %I.%I', n.nspname, n.nspname, c.relname),
                              ' UNION ALL ') FILTER (WHERE c.relname = ?)
              FROM pg_catalog.pg_class c
              JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
             WHERE c.relname IN (?, ?) AND c.relkind IN ('r', 'p') AND n.nspname = ANY (?)
            """.replace("COLUMNS", HistoryTable.ENTRY_COLUMNS);

    private FleetVersions() {
    }

    /**
     * Each schema's recorded state: its version rows, sorted, and what its history rows say; a schema without the
     * tables is at base with no history.
     */
    public static Map<String, RecordedState> read(Connection connection, List<String> schemas, String versionTable,
                                           String historyTable) throws SQLException {
        Map<String, List<String>> versions = new LinkedHashMap<>();
        Map<String, List<HistoryEntry>> histories = new LinkedHashMap<>();
        schemas.forEach(schema -> {
            versions.put(schema, new ArrayList<>());
            histories.put(schema, new ArrayList<>());
        });
        String versionUnion;
        String historyUnion;
        try (PreparedStatement statement = connection.prepareStatement(UNIONS_OVER_SCHEMAS)) {
            Array names = connection.createArrayOf("text", schemas.toArray());
            statement.setString(1, versionTable);
            statement.setString(2, historyTable);
            statement.setString(3, versionTable);
            statement.setString(4, historyTable);
            statement.setArray(5, names);
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                versionUnion = rows.getString(1);
                historyUnion = rows.getString(2);
            }
        }
        try (Statement statement = connection.createStatement()) {
            if (versionUnion != null) {
                try (ResultSet rows = statement.executeQuery(versionUnion + " ORDER BY 1, 2")) {
                    while (rows.next()) {
                        versions.get(rows.getString(1)).add(rows.getString(2));
                    }
                }
            }
            if (historyUnion != null) {
                try (ResultSet rows = statement.executeQuery(historyUnion + " ORDER BY 1, 2")) {
                    while (rows.next()) {
                        histories.get(rows.getString(1)).add(HistoryTable.entry(rows, 2));
                    }
                }
            }
        }
        Map<String, RecordedState> states = new LinkedHashMap<>();
        schemas.forEach(schema -> states.put(schema, RecordedState.of(versions.get(schema), histories.get(schema))));
        return states;
    }
}
