package io.migrations.internal.fleet;

import io.migrations.api.HistoryEntry;
import io.migrations.api.RecordedState;
import io.migrations.internal.bookkeeping.HistoryTable;
import io.migrations.internal.platform.Databases;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the version and history tables of many schemas of one database record, in three round trips however many
 * schemas: which of them exist; then the catalog names the schemas that have each table and writes the queries that
 * read them (names quoted by the server's {@code format('%I')}), which go to the server together as one script.
 *
 * <p>Each query is a {@code UNION ALL} over at most {@value #SCHEMAS_PER_QUERY} schemas: PostgreSQL's planning time
 * grows faster than linearly with the branches of one {@code UNION ALL} (one over 1,000 history tables took seconds
 * to plan, twenty over 50 each take milliseconds).
 */
public final class FleetVersions {

    static final int SCHEMAS_PER_QUERY = 50;

    /** One row per query to run: whether it reads version tables, and the query. */
    private static final String QUERIES_OVER_SCHEMAS = """
            SELECT relname = ?, string_agg(format('SELECT %L AS schema, %s FROM %I.%I', nspname,
                   CASE WHEN relname = ? THEN 'version_num' ELSE 'COLUMNS' END, nspname, relname), ' UNION ALL ')
              FROM (SELECT n.nspname, c.relname,
                           (row_number() OVER (PARTITION BY c.relname ORDER BY n.nspname) - 1) / SIZE AS chunk
                      FROM pg_catalog.pg_class c
                      JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
                     WHERE c.relname IN (?, ?) AND c.relkind IN ('r', 'p') AND n.nspname = ANY (?)) tables
             GROUP BY relname, chunk
            """.replace("COLUMNS", HistoryTable.ENTRY_COLUMNS).replace("SIZE", String.valueOf(SCHEMAS_PER_QUERY));

    private FleetVersions() {
    }

    /**
     * Each schema's recorded state: its version rows, sorted, and what its history rows say; a schema without the
     * tables is at base with no history, and a schema that does not exist has no entry ({@link #missing}).
     */
    public static Map<String, RecordedState> read(Connection connection, List<String> schemas, String versionTable,
                                           String historyTable) throws SQLException {
        Set<String> existing = existing(connection, schemas);
        Map<String, List<String>> versions = new LinkedHashMap<>();
        Map<String, List<HistoryEntry>> histories = new LinkedHashMap<>();
        schemas.forEach(schema -> {
            versions.put(schema, new ArrayList<>());
            histories.put(schema, new ArrayList<>());
        });
        List<Boolean> readsVersions = new ArrayList<>();
        List<String> queries = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(QUERIES_OVER_SCHEMAS)) {
            statement.setString(1, versionTable);
            statement.setString(2, versionTable);
            statement.setString(3, versionTable);
            statement.setString(4, historyTable);
            Array names = connection.createArrayOf("text", schemas.toArray());
            statement.setArray(5, names);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    readsVersions.add(rows.getBoolean(1));
                    queries.add(rows.getString(2) + " ORDER BY 1, 2");
                }
            }
        }
        if (!queries.isEmpty()) {
            try (Statement statement = connection.createStatement()) {
                boolean rowsNext = statement.execute(String.join(";\n", queries));
                for (boolean versionRows : readsVersions) {
                    if (!rowsNext) {
                        throw new SQLException("Expected " + queries.size() + " results reading the fleet's tables");
                    }
                    try (ResultSet rows = statement.getResultSet()) {
                        while (rows.next()) {
                            String schema = rows.getString(1);
                            if (versionRows) {
                                versions.get(schema).add(rows.getString(2));
                            } else {
                                histories.get(schema).add(HistoryTable.entry(rows, 2));
                            }
                        }
                    }
                    rowsNext = statement.getMoreResults();
                }
            }
        }
        Map<String, RecordedState> states = new LinkedHashMap<>();
        schemas.stream().filter(existing::contains)
                .forEach(schema -> states.put(schema, RecordedState.of(versions.get(schema), histories.get(schema))));
        return states;
    }

    /** What a schema target that does not exist reports, as its own run would. */
    public static String missing(String schema) {
        return "The schema '" + schema + "' does not exist. Create it (CREATE SCHEMA "
                + Databases.POSTGRESQL.quoteIdentifier(schema) + ") or take it out of "
                + "the fleet's targets.";
    }

    private static Set<String> existing(Connection connection, List<String> schemas) throws SQLException {
        Set<String> existing = new HashSet<>();
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT nspname FROM pg_catalog.pg_namespace WHERE nspname = ANY (?)")) {
            statement.setArray(1, connection.createArrayOf("text", schemas.toArray()));
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    existing.add(rows.getString(1));
                }
            }
        }
        return existing;
    }
}
