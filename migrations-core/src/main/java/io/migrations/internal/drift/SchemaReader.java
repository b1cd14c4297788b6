package io.migrations.internal.drift;

import io.migrations.internal.drift.SchemaObject.Kind;
import io.migrations.internal.platform.TableName;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads a PostgreSQL schema from {@code pg_catalog}: tables and columns, constraints, indexes (those not backing a
 * constraint), sequences, views, materialized views and enum types, in every schema but the system ones. Objects
 * that belong to an extension are left out, and so are the ignored tables (the version and history tables) with
 * everything attached to them.
 */
final class SchemaReader {


    private static final String COLUMNS = "SELECT c.oid, n.nspname || '.' || c.relname, a.attname,"
            + " format_type(a.atttypid, a.atttypmod), a.attnotnull, pg_get_expr(d.adbin, d.adrelid),"
            + " a.attidentity, a.attgenerated"
            + " FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace"
            + " LEFT JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped"
            + " LEFT JOIN pg_attrdef d ON d.adrelid = c.oid AND d.adnum = a.attnum"
            + " WHERE c.relkind IN ('r', 'p') AND" + userObject("c.oid")
            + " ORDER BY 2, a.attnum";

    private static final String CONSTRAINTS = "SELECT k.conrelid, n.nspname || '.' || c.relname || '.' || k.conname,"
            + " pg_get_constraintdef(k.oid, true)"
            + " FROM pg_constraint k JOIN pg_class c ON c.oid = k.conrelid JOIN pg_namespace n ON n.oid = c.relnamespace"
            + " WHERE" + userObject("c.oid");

    private static final String INDEXES = "SELECT i.indrelid, n.nspname || '.' || ic.relname,"
            + " pg_get_indexdef(i.indexrelid)"
            + " FROM pg_index i JOIN pg_class ic ON ic.oid = i.indexrelid JOIN pg_namespace n ON n.oid = ic.relnamespace"
            + " WHERE" + userObject("i.indrelid")
            + " AND NOT EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conindid = i.indexrelid"
            + " AND k.conrelid = i.indrelid AND k.contype IN ('p', 'u', 'x'))";

    private static final String SEQUENCES = "SELECT (SELECT d.refobjid FROM pg_depend d WHERE d.objid = c.oid"
            + " AND d.classid = 'pg_class'::regclass AND d.refclassid = 'pg_class'::regclass"
            + " AND d.deptype IN ('a', 'i') LIMIT 1), n.nspname || '.' || c.relname,"
            + " format_type(s.seqtypid, NULL) || ' START ' || s.seqstart || ' INCREMENT ' || s.seqincrement"
            + " || ' MINVALUE ' || s.seqmin || ' MAXVALUE ' || s.seqmax || ' CACHE ' || s.seqcache"
            + " || CASE WHEN s.seqcycle THEN ' CYCLE' ELSE ' NO CYCLE' END"
            + " FROM pg_sequence s JOIN pg_class c ON c.oid = s.seqrelid JOIN pg_namespace n ON n.oid = c.relnamespace"
            + " WHERE" + userObject("c.oid");

    private static final String VIEWS = "SELECT c.relkind = 'm', n.nspname || '.' || c.relname,"
            + " pg_get_viewdef(c.oid, true)"
            + " FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace"
            + " WHERE c.relkind IN ('v', 'm') AND" + userObject("c.oid");

    private static final String ENUMS = "SELECT n.nspname || '.' || t.typname,"
            + " '(' || string_agg(quote_literal(e.enumlabel), ', ' ORDER BY e.enumsortorder) || ')'"
            + " FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid JOIN pg_namespace n ON n.oid = t.typnamespace"
            + " WHERE" + userObject("t.oid") + " GROUP BY 1";

    private final Connection connection;
    private final Set<Long> ignored = new HashSet<>();

    /** Filters the namespace {@code n} to user schemas and the object {@code oid} to non-extension objects. */
    private static String userObject(String oid) {
        return " n.nspname NOT IN ('pg_catalog', 'information_schema')"
                + " AND n.nspname NOT LIKE 'pg\\_toast%' AND n.nspname NOT LIKE 'pg\\_temp%'"
                + " AND NOT EXISTS (SELECT 1 FROM pg_depend x WHERE x.objid = " + oid + " AND x.deptype = 'e')";
    }

    private SchemaReader(Connection connection) {
        this.connection = connection;
    }

    /**
     * Reads the schema seen through {@code connection}.
     *
     * @param ignoredTables tables left out with their columns, constraints, indexes and owned sequences
     */
    static Schema read(Connection connection, List<TableName> ignoredTables) throws SQLException {
        SchemaReader reader = new SchemaReader(connection);
        for (TableName table : ignoredTables) {
            reader.ignore(table);
        }
        List<SchemaObject> objects = new ArrayList<>();
        objects.addAll(reader.attached(CONSTRAINTS, Kind.CONSTRAINT));
        objects.addAll(reader.attached(INDEXES, Kind.INDEX));
        objects.addAll(reader.attached(SEQUENCES, Kind.SEQUENCE));
        objects.addAll(reader.views());
        objects.addAll(reader.enums());
        return new Schema(reader.tables(), objects);
    }

    private void ignore(TableName table) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("SELECT to_regclass(?)::oid")) {
            statement.setString(1, table.sql());
            try (ResultSet rows = statement.executeQuery()) {
                if (rows.next() && rows.getObject(1) != null) {
                    ignored.add(rows.getLong(1));
                }
            }
        }
    }

    private List<Table> tables() throws SQLException {
        Map<String, List<Column>> columns = new LinkedHashMap<>();
        query(COLUMNS, rows -> {
            if (ignored.contains(rows.getLong(1))) {
                return;
            }
            List<Column> table = columns.computeIfAbsent(rows.getString(2), name -> new ArrayList<>());
            if (rows.getString(3) != null) {
                boolean generated = "s".equals(rows.getString(8));
                String expression = rows.getString(6);
                table.add(new Column(rows.getString(3), rows.getString(4), rows.getBoolean(5),
                        generated ? "" : expression, identity(rows.getString(7)), generated ? expression : ""));
            }
        });
        return columns.entrySet().stream().map(entry -> new Table(entry.getKey(), entry.getValue())).toList();
    }

    private static String identity(String code) {
        return switch (code == null ? "" : code) {
            case "a" -> "ALWAYS";
            case "d" -> "BY DEFAULT";
            default -> "";
        };
    }

    /** Objects whose first column is the table they belong to, dropped when that table is ignored. */
    private List<SchemaObject> attached(String sql, Kind kind) throws SQLException {
        List<SchemaObject> objects = new ArrayList<>();
        query(sql, rows -> {
            if (!ignored.contains(rows.getLong(1))) {
                objects.add(new SchemaObject(kind, rows.getString(2), rows.getString(3)));
            }
        });
        return objects;
    }

    private List<SchemaObject> views() throws SQLException {
        List<SchemaObject> views = new ArrayList<>();
        query(VIEWS, rows -> views.add(new SchemaObject(rows.getBoolean(1) ? Kind.MATERIALIZED_VIEW : Kind.VIEW,
                rows.getString(2), rows.getString(3))));
        return views;
    }

    private List<SchemaObject> enums() throws SQLException {
        List<SchemaObject> enums = new ArrayList<>();
        query(ENUMS, rows -> enums.add(new SchemaObject(Kind.ENUM, rows.getString(1), rows.getString(2))));
        return enums;
    }

    @FunctionalInterface
    private interface RowHandler {

        void row(ResultSet rows) throws SQLException;
    }

    private void query(String sql, RowHandler handler) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql);
             ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                handler.row(rows);
            }
        }
    }
}
