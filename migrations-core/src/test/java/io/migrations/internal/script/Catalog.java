package io.migrations.internal.script;

import io.migrations.catalog.Constraint;
import io.migrations.catalog.Index;
import io.migrations.catalog.Table;
import io.migrations.internal.platform.CatalogScope;
import io.migrations.internal.platform.Databases;
import java.sql.Connection;
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
 * What the project's one {@link io.migrations.catalog.Catalog} says about the tables of the connection's current
 * schema, reduced to what PostgreSQL and H2 share and with names and types in lower case, so that the scenarios
 * compare both databases alike.
 */
final class Catalog {

    private final Connection connection;

    Catalog(Connection connection) {
        this.connection = connection;
    }

    /** @param type lower-case {@code format_type}-like type, without {@code without time zone}; {@code default} raw */
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
        for (Table table : read()) {
            tables.add(lower(table.name().name()));
        }
        return tables;
    }

    Map<String, ColumnInfo> columns(String table) throws SQLException {
        Map<String, ColumnInfo> columns = new LinkedHashMap<>();
        table(table).columns().forEach(column -> columns.put(lower(column.name()), new ColumnInfo(
                lower(column.type()).replace(" without time zone", "").replace(", ", ","), !column.notNull(),
                column.defaultExpression().isEmpty() ? null : column.defaultExpression(), column.identity() != null)));
        return columns;
    }

    /** Constraint name to type ({@code PRIMARY KEY}, {@code UNIQUE}, {@code FOREIGN KEY}, {@code CHECK}). */
    Map<String, String> constraints(String table) throws SQLException {
        Map<String, String> constraints = new LinkedHashMap<>();
        table(table).constraints().forEach(constraint -> constraints.put(lower(constraint.name()),
                constraint.type().label().toUpperCase(Locale.ROOT)));
        return constraints;
    }

    /** The indexes no constraint owns, from their definitions. */
    Map<String, IndexInfo> indexes(String table) throws SQLException {
        Map<String, IndexInfo> indexes = new LinkedHashMap<>();
        for (Index index : table(table).indexes()) {
            String definition = index.definition();
            int open = definition.indexOf('(', definition.indexOf(" ON "));
            int close = closing(definition, open);
            List<String> keys = List.of(definition.substring(open + 1, close).split(",\\s*")).stream()
                    .map(key -> lower(key.replace("\"", "").strip())).toList();
            int where = definition.indexOf(" WHERE ", close);
            indexes.put(lower(index.name()), new IndexInfo(definition.startsWith("CREATE UNIQUE"), keys,
                    where < 0 ? null : definition.substring(where + " WHERE ".length())));
        }
        return indexes;
    }

    Map<String, ForeignKeyInfo> foreignKeys(String table) throws SQLException {
        Map<String, ForeignKeyInfo> keys = new LinkedHashMap<>();
        for (Constraint constraint : table(table).constraints()) {
            if (constraint.type() != Constraint.Type.FOREIGN_KEY) {
                continue;
            }
            String definition = constraint.definition().replace("\"", "");
            List<String> lists = new ArrayList<>();
            for (int open = definition.indexOf('('); open >= 0; open = definition.indexOf('(', open + 1)) {
                lists.add(definition.substring(open + 1, closing(definition, open)));
            }
            int delete = definition.indexOf(" ON DELETE ");
            String rule = delete < 0 ? "NO ACTION" : definition.substring(delete + " ON DELETE ".length())
                    .replaceAll(" (ON UPDATE|DEFERRABLE|NOT VALID).*", "");
            keys.put(lower(constraint.name()), new ForeignKeyInfo(names(lists.get(0)),
                    lower(constraint.references().name()), names(lists.get(1)), rule));
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

    /** The tables of the connection's current schema. */
    private List<Table> read() throws SQLException {
        String schema = connection.getSchema();
        return Databases.detect(connection).catalogReader()
                .read(connection, new CatalogScope(List.of(schema), List.of())).tables();
    }

    private Table table(String name) throws SQLException {
        return read().stream().filter(table -> lower(table.name().name()).equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("No table " + name));
    }

    private static int closing(String text, int open) {
        int depth = 0;
        for (int i = open; i < text.length(); i++) {
            depth += text.charAt(i) == '(' ? 1 : text.charAt(i) == ')' ? -1 : 0;
            if (depth == 0) {
                return i;
            }
        }
        throw new AssertionError("Unbalanced parentheses in " + text);
    }

    private static List<String> names(String list) {
        return List.of(list.split(",\\s*")).stream().map(name -> lower(name.strip())).toList();
    }

    private static String lower(String name) {
        return name.toLowerCase(Locale.ROOT);
    }
}
