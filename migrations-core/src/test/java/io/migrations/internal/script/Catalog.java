package io.migrations.internal.script;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads what the database catalog says about tables (information_schema, and the JDBC metadata that the drivers
 * answer from pg_catalog or H2's catalog), with names in lower case so that PostgreSQL and H2 compare alike.
 */
final class Catalog {

    private final Connection connection;

    Catalog(Connection connection) {
        this.connection = connection;
    }

    /** @param type lower-case catalog type, {@code (length)} added for character varying; {@code default} raw */
    record ColumnInfo(String type, boolean nullable, String defaultValue, boolean identity) {
    }

    /** @param filter the predicate of a partial index, null otherwise */
    record IndexInfo(boolean unique, List<String> columns, String filter) {
    }

    record ForeignKeyInfo(List<String> columns, String referencedTable, List<String> referencedColumns,
                          String deleteRule) {
    }

    Set<String> tables() throws SQLException {
        Set<String> tables = new LinkedHashSet<>();
        for (List<Object> row : query("SELECT lower(table_name) FROM information_schema.tables "
                + "WHERE table_schema = CURRENT_SCHEMA AND table_type = 'BASE TABLE' ORDER BY 1")) {
            tables.add((String) row.get(0));
        }
        return tables;
    }

    Map<String, ColumnInfo> columns(String table) throws SQLException {
        Map<String, ColumnInfo> columns = new LinkedHashMap<>();
        for (List<Object> row : query("SELECT lower(column_name), lower(data_type), is_nullable, column_default, "
                + "character_maximum_length, is_identity FROM information_schema.columns "
                + "WHERE table_schema = CURRENT_SCHEMA AND lower(table_name) = ? ORDER BY ordinal_position", table)) {
            String type = ((String) row.get(1)).replace(" without time zone", "");
            if (type.equals("character varying") && row.get(4) != null) {
                type += "(" + row.get(4) + ")";
            }
            columns.put((String) row.get(0), new ColumnInfo(type, "YES".equals(row.get(2)), (String) row.get(3),
                    "YES".equals(row.get(5))));
        }
        return columns;
    }

    /** Constraint name to type ({@code PRIMARY KEY}, {@code UNIQUE}, {@code FOREIGN KEY}, {@code CHECK}). */
    Map<String, String> constraints(String table) throws SQLException {
        Map<String, String> constraints = new LinkedHashMap<>();
        for (List<Object> row : query("SELECT lower(constraint_name), constraint_type "
                + "FROM information_schema.table_constraints WHERE table_schema = CURRENT_SCHEMA "
                + "AND lower(table_name) = ? AND constraint_name NOT LIKE '%_not_null' ORDER BY 1", table)) {
            constraints.put((String) row.get(0), (String) row.get(1));
        }
        return constraints;
    }

    Map<String, IndexInfo> indexes(String table) throws SQLException {
        Map<String, Boolean> unique = new LinkedHashMap<>();
        Map<String, List<String>> columns = new LinkedHashMap<>();
        Map<String, String> filters = new LinkedHashMap<>();
        DatabaseMetaData metaData = connection.getMetaData();
        try (ResultSet rs = metaData.getIndexInfo(null, connection.getSchema(), storedName(table), false, false)) {
            while (rs.next()) {
                String name = lower(rs.getString("INDEX_NAME"));
                if (name == null) {
                    continue;
                }
                unique.put(name, !rs.getBoolean("NON_UNIQUE"));
                columns.computeIfAbsent(name, n -> new ArrayList<>()).add(lower(rs.getString("COLUMN_NAME")));
                filters.put(name, rs.getString("FILTER_CONDITION"));
            }
        }
        Map<String, IndexInfo> indexes = new LinkedHashMap<>();
        unique.forEach((name, isUnique) ->
                indexes.put(name, new IndexInfo(isUnique, List.copyOf(columns.get(name)), filters.get(name))));
        return indexes;
    }

    Map<String, ForeignKeyInfo> foreignKeys(String table) throws SQLException {
        Map<String, ForeignKeyInfo> keys = new LinkedHashMap<>();
        try (ResultSet rs = connection.getMetaData().getImportedKeys(null, connection.getSchema(), storedName(table))) {
            while (rs.next()) {
                String name = lower(rs.getString("FK_NAME"));
                ForeignKeyInfo previous = keys.get(name);
                List<String> columns = new ArrayList<>(previous == null ? List.of() : previous.columns());
                List<String> referenced = new ArrayList<>(previous == null ? List.of() : previous.referencedColumns());
                columns.add(lower(rs.getString("FKCOLUMN_NAME")));
                referenced.add(lower(rs.getString("PKCOLUMN_NAME")));
                keys.put(name, new ForeignKeyInfo(columns, lower(rs.getString("PKTABLE_NAME")), referenced,
                        deleteRule(rs.getShort("DELETE_RULE"))));
            }
        }
        return keys;
    }

    /** Rows of a query, each a list of column values. */
    List<List<Object>> query(String sql, Object... parameters) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            List<List<Object>> rows = new ArrayList<>();
            try (ResultSet rs = statement.executeQuery()) {
                int width = rs.getMetaData().getColumnCount();
                while (rs.next()) {
                    List<Object> row = new ArrayList<>();
                    for (int i = 1; i <= width; i++) {
                        row.add(rs.getObject(i));
                    }
                    rows.add(row);
                }
            }
            return rows;
        }
    }

    private String storedName(String table) throws SQLException {
        List<List<Object>> rows = query("SELECT table_name FROM information_schema.tables "
                + "WHERE table_schema = CURRENT_SCHEMA AND lower(table_name) = ?", table);
        if (rows.isEmpty()) {
            throw new AssertionError("No table " + table);
        }
        return (String) rows.get(0).get(0);
    }

    private static String deleteRule(short rule) {
        return switch (rule) {
            case DatabaseMetaData.importedKeyCascade -> "CASCADE";
            case DatabaseMetaData.importedKeySetNull -> "SET NULL";
            case DatabaseMetaData.importedKeySetDefault -> "SET DEFAULT";
            case DatabaseMetaData.importedKeyRestrict -> "RESTRICT";
            default -> "NO ACTION";
        };
    }

    private static String lower(String name) {
        return name == null ? null : name.toLowerCase(Locale.ROOT);
    }
}
