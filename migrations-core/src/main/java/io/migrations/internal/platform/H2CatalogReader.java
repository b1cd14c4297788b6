package io.migrations.internal.platform;

import io.migrations.catalog.Catalog;
import io.migrations.catalog.Column;
import io.migrations.catalog.Constraint;
import io.migrations.catalog.Identity;
import io.migrations.catalog.Index;
import io.migrations.catalog.Nullability;
import io.migrations.catalog.Origin;
import io.migrations.catalog.Persistence;
import io.migrations.catalog.QualifiedName;
import io.migrations.catalog.Schema;
import io.migrations.catalog.Sequence;
import io.migrations.catalog.SequenceOptions;
import io.migrations.catalog.Table;
import io.migrations.catalog.View;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The H2 2.x catalog reader, from {@code INFORMATION_SCHEMA}: schemas, tables and columns (type, nullability,
 * default, identity, generated expression), primary key, unique, check and foreign-key constraints, indexes,
 * sequences, views and comments. H2 has no deparser, so definitions are written here in PostgreSQL's spelling
 * (e.g. {@code FOREIGN KEY (user_id) REFERENCES "public"."users"("id") ON DELETE CASCADE}); names are as H2 stores
 * them, which depends on its case settings.
 */
public final class H2CatalogReader implements CatalogReader {

    private static final String SYSTEM_SCHEMAS = "('INFORMATION_SCHEMA', 'information_schema', 'PG_CATALOG', 'pg_catalog')";

    private static final String SCHEMAS = "SELECT SCHEMA_NAME, REMARKS FROM INFORMATION_SCHEMA.SCHEMATA"
            + " WHERE SCHEMA_NAME NOT IN " + SYSTEM_SCHEMAS;

    private static final String TABLES = "SELECT TABLE_SCHEMA, TABLE_NAME, TABLE_TYPE, REMARKS"
            + " FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_SCHEMA NOT IN " + SYSTEM_SCHEMAS
            + " AND TABLE_TYPE IN ('BASE TABLE', 'VIEW')";

    private static final String COLUMNS = "SELECT TABLE_SCHEMA, TABLE_NAME, COLUMN_NAME, DATA_TYPE,"
            + " CHARACTER_MAXIMUM_LENGTH, DECLARED_NUMERIC_PRECISION, DECLARED_NUMERIC_SCALE, IS_NULLABLE,"
            + " COLUMN_DEFAULT, IS_IDENTITY, IDENTITY_GENERATION, IDENTITY_START, IDENTITY_INCREMENT,"
            + " IDENTITY_MINIMUM, IDENTITY_MAXIMUM, IDENTITY_CACHE, IDENTITY_CYCLE, IS_GENERATED,"
            + " GENERATION_EXPRESSION, REMARKS"
            + " FROM INFORMATION_SCHEMA.COLUMNS WHERE TABLE_SCHEMA NOT IN " + SYSTEM_SCHEMAS
            + " ORDER BY TABLE_SCHEMA, TABLE_NAME, ORDINAL_POSITION";

    private static final String CONSTRAINTS = "SELECT t.TABLE_SCHEMA, t.TABLE_NAME, t.CONSTRAINT_NAME,"
            + " t.CONSTRAINT_TYPE, t.IS_DEFERRABLE, t.INITIALLY_DEFERRED, t.INDEX_NAME, c.CHECK_CLAUSE,"
            + " r.UNIQUE_CONSTRAINT_SCHEMA, r.UNIQUE_CONSTRAINT_NAME, r.UPDATE_RULE, r.DELETE_RULE, t.REMARKS"
            + " FROM INFORMATION_SCHEMA.TABLE_CONSTRAINTS t"
            + " LEFT JOIN INFORMATION_SCHEMA.CHECK_CONSTRAINTS c ON c.CONSTRAINT_SCHEMA = t.CONSTRAINT_SCHEMA"
            + "   AND c.CONSTRAINT_NAME = t.CONSTRAINT_NAME"
            + " LEFT JOIN INFORMATION_SCHEMA.REFERENTIAL_CONSTRAINTS r ON r.CONSTRAINT_SCHEMA = t.CONSTRAINT_SCHEMA"
            + "   AND r.CONSTRAINT_NAME = t.CONSTRAINT_NAME"
            + " WHERE t.TABLE_SCHEMA NOT IN " + SYSTEM_SCHEMAS;

    private static final String KEY_COLUMNS = "SELECT CONSTRAINT_SCHEMA, CONSTRAINT_NAME, TABLE_SCHEMA, TABLE_NAME,"
            + " COLUMN_NAME FROM INFORMATION_SCHEMA.KEY_COLUMN_USAGE WHERE TABLE_SCHEMA NOT IN " + SYSTEM_SCHEMAS
            + " ORDER BY CONSTRAINT_SCHEMA, CONSTRAINT_NAME, ORDINAL_POSITION";

    private static final String INDEXES = "SELECT i.INDEX_SCHEMA, i.TABLE_NAME, i.INDEX_NAME, i.INDEX_TYPE_NAME,"
            + " c.COLUMN_NAME, c.ORDERING_SPECIFICATION, i.REMARKS"
            + " FROM INFORMATION_SCHEMA.INDEXES i JOIN INFORMATION_SCHEMA.INDEX_COLUMNS c"
            + "   ON c.INDEX_SCHEMA = i.INDEX_SCHEMA AND c.INDEX_NAME = i.INDEX_NAME AND c.TABLE_NAME = i.TABLE_NAME"
            + " WHERE i.INDEX_SCHEMA NOT IN " + SYSTEM_SCHEMAS + " AND NOT i.IS_GENERATED"
            // A key owns its index; a foreign key only borrows one that fits, which H2 may switch as it likes.
            + " AND NOT EXISTS (SELECT 1 FROM INFORMATION_SCHEMA.TABLE_CONSTRAINTS k"
            + "   WHERE k.INDEX_SCHEMA = i.INDEX_SCHEMA AND k.INDEX_NAME = i.INDEX_NAME"
            + "   AND k.CONSTRAINT_TYPE IN ('PRIMARY KEY', 'UNIQUE'))"
            + " ORDER BY i.INDEX_SCHEMA, i.INDEX_NAME, c.ORDINAL_POSITION";

    private static final String SEQUENCES = "SELECT SEQUENCE_SCHEMA, SEQUENCE_NAME, DATA_TYPE, START_VALUE,"
            + " INCREMENT, MINIMUM_VALUE, MAXIMUM_VALUE, CACHE, CYCLE_OPTION, REMARKS"
            + " FROM INFORMATION_SCHEMA.SEQUENCES WHERE SEQUENCE_SCHEMA NOT IN " + SYSTEM_SCHEMAS;

    private static final String VIEWS = "SELECT TABLE_SCHEMA, TABLE_NAME, VIEW_DEFINITION FROM INFORMATION_SCHEMA.VIEWS"
            + " WHERE TABLE_SCHEMA NOT IN " + SYSTEM_SCHEMAS;

    @Override
    public Catalog read(Connection connection, CatalogScope scope) throws SQLException {
        return new Read(connection, scope).catalog();
    }

    /** One read: rows gathered under the tables they belong to. */
    private static final class Read {

        private final Connection connection;
        private final CatalogScope scope;
        private final Set<QualifiedName> excluded = new HashSet<>();
        private final Map<QualifiedName, String> tableComments = new LinkedHashMap<>();
        private final Map<QualifiedName, String> viewComments = new LinkedHashMap<>();
        private final Map<QualifiedName, List<Column>> columns = new LinkedHashMap<>();
        private final Map<QualifiedName, List<Constraint>> constraints = new LinkedHashMap<>();
        private final Map<QualifiedName, List<Index>> indexes = new LinkedHashMap<>();
        /** Constraint schema.name to its table and columns, for the two ends of foreign keys. */
        private final Map<QualifiedName, KeyColumns> keys = new LinkedHashMap<>();

        private record KeyColumns(QualifiedName table, List<String> columns) {
        }

        Read(Connection connection, CatalogScope scope) throws SQLException {
            this.connection = connection;
            this.scope = scope;
            String current = connection.getSchema();
            for (TableName table : scope.excluded()) {
                String schema = table.schema() == null ? current : table.schema();
                for (String name : List.of(table.name(), table.name().toUpperCase(Locale.ROOT),
                        table.name().toLowerCase(Locale.ROOT))) {
                    excluded.add(new QualifiedName(schema, name));
                }
            }
        }

        Catalog catalog() throws SQLException {
            List<Schema> schemas = new ArrayList<>();
            query(SCHEMAS, rows -> {
                if (scope.includesSchema(rows.getString(1))) {
                    schemas.add(new Schema(rows.getString(1), rows.getString(2)));
                }
            });
            query(TABLES, rows -> {
                QualifiedName name = name(rows, 1);
                if (included(name)) {
                    ("VIEW".equals(rows.getString(3)) ? viewComments : tableComments).put(name, rows.getString(4));
                }
            });
            query(COLUMNS, this::column);
            query(KEY_COLUMNS, rows -> {
                QualifiedName constraint = name(rows, 1);
                if (!keys.containsKey(constraint)) {
                    keys.put(constraint, new KeyColumns(name(rows, 3), new ArrayList<>()));
                }
                keys.get(constraint).columns().add(rows.getString(5));
            });
            query(CONSTRAINTS, this::constraint);
            indexes();
            List<Sequence> sequences = new ArrayList<>();
            query(SEQUENCES, rows -> {
                if (scope.includesSchema(rows.getString(1))) {
                    sequences.add(new Sequence(name(rows, 1), options(rows, 3, 4, 5, 6, 7, 8, 9), null,
                            rows.getString(10)));
                }
            });
            List<View> views = new ArrayList<>();
            query(VIEWS, rows -> {
                QualifiedName name = name(rows, 1);
                if (viewComments.containsKey(name)) {
                    views.add(new View(name, View.Kind.VIEW, rows.getString(3), List.of(), new TreeMap<>(),
                            List.of(), List.of(), viewComments.get(name)));
                }
            });
            List<Table> tables = new ArrayList<>();
            tableComments.forEach((name, comment) -> tables.add(new Table(name, Persistence.PERMANENT, "", null,
                    List.of(), Table.RowSecurity.DISABLED, columns.getOrDefault(name, List.of()),
                    constraints.getOrDefault(name, List.of()), indexes.getOrDefault(name, List.of()), List.of(),
                    List.of(), comment)));
            return new Catalog(schemas, List.of(), tables, views, sequences, List.of(), List.of(), List.of(),
                    List.of());
        }

        private boolean included(QualifiedName table) {
            return scope.includesSchema(table.schema()) && !excluded.contains(table);
        }

        private void column(ResultSet rows) throws SQLException {
            QualifiedName table = name(rows, 1);
            if (!tableComments.containsKey(table)) {
                return;
            }
            boolean generated = "ALWAYS".equals(rows.getString(18));
            Identity identity = !"YES".equals(rows.getString(10)) ? null : new Identity(
                    "ALWAYS".equals(rows.getString(11)) ? Identity.Generation.ALWAYS : Identity.Generation.BY_DEFAULT,
                    new SequenceOptions(type(rows), rows.getLong(12), rows.getLong(13), rows.getLong(14),
                            rows.getLong(15), rows.getLong(16), "YES".equals(rows.getString(17))
                            ? SequenceOptions.Cycle.CYCLE : SequenceOptions.Cycle.NO_CYCLE));
            columns.computeIfAbsent(table, key -> new ArrayList<>()).add(new Column(rows.getString(3), type(rows),
                    "NO".equals(rows.getString(8)) ? Nullability.NOT_NULL : Nullability.NULL,
                    generated ? "" : rows.getString(9), identity, generated ? rows.getString(19) : "", "",
                    rows.getString(20)));
        }

        /** {@code DATA_TYPE} with the declared length, or precision and scale. */
        private static String type(ResultSet rows) throws SQLException {
            String type = rows.getString(4);
            if (rows.getObject(5) != null && type.toLowerCase(Locale.ROOT).startsWith("character")) {
                return type + "(" + rows.getLong(5) + ")";
            }
            if (rows.getObject(6) != null) {
                return type + "(" + rows.getInt(6) + (rows.getObject(7) == null ? "" : ", " + rows.getInt(7)) + ")";
            }
            return type;
        }

        private void constraint(ResultSet rows) throws SQLException {
            QualifiedName table = name(rows, 1);
            if (!tableComments.containsKey(table)) {
                return;
            }
            QualifiedName name = table.sibling(rows.getString(3));
            List<String> own = keys.containsKey(name) ? keys.get(name).columns() : List.of();
            String deferrable = "YES".equals(rows.getString(5))
                    ? " DEFERRABLE" + ("YES".equals(rows.getString(6)) ? " INITIALLY DEFERRED" : "") : "";
            Constraint.Type type;
            String definition;
            QualifiedName references = null;
            switch (rows.getString(4)) {
                case "PRIMARY KEY" -> {
                    type = Constraint.Type.PRIMARY_KEY;
                    definition = "PRIMARY KEY (" + quoted(own) + ")";
                }
                case "UNIQUE" -> {
                    type = Constraint.Type.UNIQUE;
                    definition = "UNIQUE (" + quoted(own) + ")";
                }
                case "FOREIGN KEY" -> {
                    type = Constraint.Type.FOREIGN_KEY;
                    KeyColumns target = keys.get(new QualifiedName(rows.getString(9), rows.getString(10)));
                    references = target.table();
                    definition = "FOREIGN KEY (" + quoted(own) + ") REFERENCES " + quote(references.schema()) + "."
                            + quote(references.name()) + "(" + quoted(target.columns()) + ")"
                            + action(" ON UPDATE ", rows.getString(11)) + action(" ON DELETE ", rows.getString(12));
                }
                default -> {
                    type = Constraint.Type.CHECK;
                    definition = "CHECK (" + rows.getString(8) + ")";
                }
            }
            constraints.computeIfAbsent(table, key -> new ArrayList<>()).add(new Constraint(name.name(), type,
                    definition + deferrable, references, Origin.LOCAL, rows.getString(13)));
        }

        private void indexes() throws SQLException {
            Map<QualifiedName, List<String>> columnsOf = new LinkedHashMap<>();
            Map<QualifiedName, String[]> details = new LinkedHashMap<>();
            query(INDEXES, rows -> {
                QualifiedName index = name(rows, 1).sibling(rows.getString(3));
                columnsOf.computeIfAbsent(index, key -> new ArrayList<>())
                        .add(quote(rows.getString(5)) + ("DESC".equals(rows.getString(6)) ? " DESC" : ""));
                details.put(index, new String[] {rows.getString(2), rows.getString(4), rows.getString(7)});
            });
            details.forEach((index, detail) -> {
                QualifiedName table = index.sibling(detail[0]);
                if (tableComments.containsKey(table)) {
                    String definition = "CREATE " + (detail[1].startsWith("UNIQUE") ? "UNIQUE " : "") + "INDEX "
                            + quote(index.name()) + " ON " + quote(table.schema()) + "." + quote(table.name())
                            + " (" + String.join(", ", columnsOf.get(index)) + ")";
                    indexes.computeIfAbsent(table, key -> new ArrayList<>())
                            .add(new Index(index.name(), definition, Index.Validity.VALID, null, detail[2]));
                }
            });
        }

        private static String action(String clause, String rule) {
            return rule == null || rule.equals("NO ACTION") ? "" : clause + rule;
        }

        private static String quoted(List<String> names) {
            return String.join(", ", names.stream().map(Read::quote).toList());
        }

        private static String quote(String name) {
            return "\"" + name.replace("\"", "\"\"") + "\"";
        }

        private static SequenceOptions options(ResultSet rows, int type, int start, int increment, int min, int max,
                                               int cache, int cycle) throws SQLException {
            return new SequenceOptions(rows.getString(type), rows.getLong(start), rows.getLong(increment),
                    rows.getLong(min), rows.getLong(max), rows.getLong(cache), "YES".equals(rows.getString(cycle))
                    ? SequenceOptions.Cycle.CYCLE : SequenceOptions.Cycle.NO_CYCLE);
        }

        private static QualifiedName name(ResultSet rows, int schemaColumn) throws SQLException {
            return new QualifiedName(rows.getString(schemaColumn), rows.getString(schemaColumn + 1));
        }

        private void query(String sql, Rows.Handler handler) throws SQLException {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                Rows.each(statement, handler);
            }
        }
    }
}
