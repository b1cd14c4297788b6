package io.migrations.sample;

import io.migrations.MigrationsConfig;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import javax.sql.DataSource;

/**
 * The user objects of the connection's schema as the JDBC metadata describes them, the same way on PostgreSQL and H2:
 * tables, their columns (type, size, nullability, default), indexes and foreign keys (with their delete rule). Check
 * constraints are not in the JDBC metadata and not compared. The version and history tables are left out. Two
 * snapshots are equal when the schemas are.
 *
 * @param objects one line per object, sorted
 */
record SchemaSnapshot(List<String> objects) {

    private static final Pattern H2_GENERATED = Pattern.compile("^(primary_key|constraint|constraint_index|.+_index)_[0-9a-f]+$");

    private static final Set<String> BOOKKEEPING = Set.of(MigrationsConfig.DEFAULT_VERSION_TABLE,
            MigrationsConfig.DEFAULT_HISTORY_TABLE);

    static SchemaSnapshot of(DataSource dataSource) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            DatabaseMetaData metadata = connection.getMetaData();
            String schema = connection.getSchema();
            List<String> objects = new ArrayList<>();
            for (String table : tables(metadata, schema)) {
                objects.add("table " + table);
                columns(metadata, schema, table, objects);
                indexes(metadata, schema, table, objects);
                foreignKeys(metadata, schema, table, objects);
            }
            return new SchemaSnapshot(objects.stream().sorted().toList());
        }
    }

    /** The tables, without the version and history tables. */
    List<String> tables() {
        return objects.stream().filter(line -> line.startsWith("table ")).map(line -> line.substring(6)).toList();
    }

    private static List<String> tables(DatabaseMetaData metadata, String schema) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (ResultSet rows = metadata.getTables(null, schema, "%", new String[] {"TABLE"})) {
            while (rows.next()) {
                String table = lower(rows.getString("TABLE_NAME"));
                if (!BOOKKEEPING.contains(table)) {
                    tables.add(table);
                }
            }
        }
        return tables;
    }

    private static void columns(DatabaseMetaData metadata, String schema, String table, List<String> objects)
            throws SQLException {
        try (ResultSet rows = metadata.getColumns(null, schema, exact(metadata, table), "%")) {
            while (rows.next()) {
                objects.add("column " + table + "." + lower(rows.getString("COLUMN_NAME")) + " "
                        + lower(rows.getString("TYPE_NAME")) + "(" + rows.getInt("COLUMN_SIZE") + ")"
                        + ("NO".equals(rows.getString("IS_NULLABLE")) ? " not null" : "")
                        + (rows.getString("COLUMN_DEF") == null ? "" : " default " + rows.getString("COLUMN_DEF")));
            }
        }
    }

    private static void indexes(DatabaseMetaData metadata, String schema, String table, List<String> objects)
            throws SQLException {
        try (ResultSet rows = metadata.getIndexInfo(null, schema, exact(metadata, table), false, false)) {
            while (rows.next()) {
                String name = rows.getString("INDEX_NAME");
                boolean unique = !rows.getBoolean("NON_UNIQUE");
                // H2 backs each foreign key with an index of its own or with any index that fits, and may switch
                // when it rebuilds a table; the foreign key itself is part of the snapshot.
                if (name != null && (unique || !generic(name).endsWith("_index_*"))) {
                    objects.add("index " + table + "." + generic(name) + " on " + lower(rows.getString("COLUMN_NAME"))
                            + (unique ? " unique" : ""));
                }
            }
        }
    }

    private static void foreignKeys(DatabaseMetaData metadata, String schema, String table, List<String> objects)
            throws SQLException {
        try (ResultSet rows = metadata.getImportedKeys(null, schema, exact(metadata, table))) {
            while (rows.next()) {
                objects.add("foreign key " + table + "." + generic(rows.getString("FK_NAME")) + " ("
                        + lower(rows.getString("FKCOLUMN_NAME")) + ") references " + lower(rows.getString("PKTABLE_NAME"))
                        + " on delete rule " + rows.getShort("DELETE_RULE"));
            }
        }
    }

    /** The table name as the database stores it: H2 folds unquoted names to upper case, PostgreSQL to lower case. */
    private static String exact(DatabaseMetaData metadata, String table) throws SQLException {
        return metadata.storesUpperCaseIdentifiers() ? table.toUpperCase(Locale.ROOT) : table;
    }

    /**
     * The name with the counter H2 appends to names it makes up ({@code PRIMARY_KEY_2}, {@code CONSTRAINT_INDEX_6},
     * {@code FK_X_INDEX_B}) replaced by {@code *}: a table created again gets other numbers, not another schema.
     */
    private static String generic(String name) {
        return H2_GENERATED.matcher(lower(name)).replaceFirst("$1_*");
    }

    private static String lower(String name) {
        return name == null ? null : name.toLowerCase(Locale.ROOT);
    }
}
