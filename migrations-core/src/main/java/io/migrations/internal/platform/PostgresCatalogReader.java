package io.migrations.internal.platform;

import static io.migrations.internal.platform.PostgresCatalogQueries.COLUMNS;
import static io.migrations.internal.platform.PostgresCatalogQueries.CONSTRAINTS;
import static io.migrations.internal.platform.PostgresCatalogQueries.EXTENSIONS;
import static io.migrations.internal.platform.PostgresCatalogQueries.INDEXES;
import static io.migrations.internal.platform.PostgresCatalogQueries.POLICIES;
import static io.migrations.internal.platform.PostgresCatalogQueries.RELATIONS;
import static io.migrations.internal.platform.PostgresCatalogQueries.ROUTINES;
import static io.migrations.internal.platform.PostgresCatalogQueries.SCHEMAS;
import static io.migrations.internal.platform.PostgresCatalogQueries.SEQUENCES;
import static io.migrations.internal.platform.PostgresCatalogQueries.TRIGGERS;
import static io.migrations.internal.platform.PostgresCatalogQueries.TYPES;

import io.migrations.catalog.Catalog;
import io.migrations.catalog.Column;
import io.migrations.catalog.CompositeType;
import io.migrations.catalog.Constraint;
import io.migrations.catalog.Domain;
import io.migrations.catalog.EnumType;
import io.migrations.catalog.Extension;
import io.migrations.catalog.Identity;
import io.migrations.catalog.Index;
import io.migrations.catalog.Nullability;
import io.migrations.catalog.Origin;
import io.migrations.catalog.Persistence;
import io.migrations.catalog.Policy;
import io.migrations.catalog.QualifiedName;
import io.migrations.catalog.Routine;
import io.migrations.catalog.Schema;
import io.migrations.catalog.Sequence;
import io.migrations.catalog.SequenceOptions;
import io.migrations.catalog.Table;
import io.migrations.catalog.Trigger;
import io.migrations.catalog.View;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The PostgreSQL catalog reader: eleven queries ({@link PostgresCatalogQueries}) in one read-only snapshot.
 */
public final class PostgresCatalogReader implements CatalogReader {

    @Override
    public Catalog read(Connection connection, CatalogScope scope) throws SQLException {
        Set<Long> excluded = resolve(connection, scope.excluded());
        boolean autoCommit = connection.getAutoCommit();
        String searchPath = single(connection, "SELECT current_setting('search_path')");
        try {
            if (autoCommit) {
                connection.setAutoCommit(false);
                execute(connection, "SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY");
            }
            execute(connection, "SELECT set_config('search_path', 'pg_catalog', false)");
            return new Read(connection, scope, excluded).catalog();
        } finally {
            if (autoCommit) {
                connection.rollback();
                connection.setAutoCommit(true);
            }
            try (PreparedStatement restore = connection.prepareStatement("SELECT set_config('search_path', ?, false)")) {
                restore.setString(1, searchPath);
                restore.execute();
            }
        }
    }

    /** The oids of the excluded tables that exist, looked up with the caller's search path. */
    private static Set<Long> resolve(Connection connection, List<TableName> tables) throws SQLException {
        Set<Long> oids = new HashSet<>();
        try (PreparedStatement statement = connection.prepareStatement("SELECT to_regclass(?)::oid")) {
            for (TableName table : tables) {
                statement.setString(1, Databases.POSTGRESQL.qualified(table));
                try (ResultSet rows = statement.executeQuery()) {
                    if (rows.next() && rows.getObject(1) != null) {
                        oids.add(rows.getLong(1));
                    }
                }
            }
        }
        return oids;
    }

    private static String single(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getString(1);
        }
    }

    private static void execute(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    /** One read: the rows of each query gathered under the objects they belong to. */
    private static final class Read {

        private final Connection connection;
        private final Set<Long> excluded;
        private final CatalogScope scope;
        private final List<Schema> schemas = new ArrayList<>();
        private String namespaces = "{}";
        private final Map<Long, Relation> relations = new HashMap<>();
        private final Map<Long, Relation> composites = new HashMap<>();
        private final Map<Long, Domain> domains = new HashMap<>();
        private final Map<Long, List<Domain.Check>> domainChecks = new HashMap<>();
        private final Map<String, SequenceOptions> identities = new HashMap<>();
        private final List<Sequence> sequences = new ArrayList<>();
        private final List<EnumType> enums = new ArrayList<>();
        private final List<CompositeType> compositeTypes = new ArrayList<>();

        Read(Connection connection, CatalogScope scope, Set<Long> excluded) {
            this.connection = connection;
            this.scope = scope;
            this.excluded = excluded;
        }

        Catalog catalog() throws SQLException {
            schemas();
            List<Extension> extensions = new ArrayList<>();
            query(EXTENSIONS, rows -> extensions.add(new Extension(rows.getString(1), rows.getString(2),
                    rows.getString(3), rows.getString(4))));
            query(RELATIONS, this::relation);
            query(SEQUENCES, this::sequence);
            query(TYPES, this::type);
            query(COLUMNS, this::column);
            query(CONSTRAINTS, this::constraint);
            query(INDEXES, this::index);
            query(TRIGGERS, this::trigger);
            query(POLICIES, rows -> attach(rows, relation -> relation.policies.add(new Policy(rows.getString(2),
                    rows.getString(3), rows.getString(4)))));
            List<Routine> routines = new ArrayList<>();
            query(ROUTINES, rows -> routines.add(new Routine(new QualifiedName(rows.getString(1), rows.getString(2)),
                    rows.getString(3), "p".equals(rows.getString(4)) ? Routine.Kind.PROCEDURE : Routine.Kind.FUNCTION,
                    rows.getString(5), rows.getString(6))));
            composites.values().forEach(type -> compositeTypes.add(type.compositeType()));
            List<Table> tables = new ArrayList<>();
            List<View> views = new ArrayList<>();
            for (Relation relation : relations.values()) {
                if (relation.isView()) {
                    views.add(relation.view());
                } else {
                    tables.add(relation.table(identities));
                }
            }
            List<Domain> allDomains = domains.entrySet().stream().map(entry -> withChecks(entry.getValue(),
                    domainChecks.getOrDefault(entry.getKey(), List.of()))).toList();
            return new Catalog(schemas, extensions, tables, views, sequences, enums, allDomains, compositeTypes,
                    routines);
        }

        private void schemas() throws SQLException {
            StringJoiner oids = new StringJoiner(",", "{", "}");
            try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(SCHEMAS)) {
                while (rows.next()) {
                    if (scope.includesSchema(rows.getString(2))) {
                        oids.add(rows.getString(1));
                        schemas.add(new Schema(rows.getString(2), rows.getString(3)));
                    }
                }
            }
            namespaces = oids.toString();
        }

        private void relation(ResultSet rows) throws SQLException {
            long oid = rows.getLong(1);
            if (excluded.contains(oid)) {
                return;
            }
            relations.put(oid, Relation.of(rows));
        }

        private void sequence(ResultSet rows) throws SQLException {
            SequenceOptions options = new SequenceOptions(rows.getString(3), rows.getLong(4), rows.getLong(5),
                    rows.getLong(6), rows.getLong(7), rows.getLong(8),
                    rows.getBoolean(9) ? SequenceOptions.Cycle.CYCLE : SequenceOptions.Cycle.NO_CYCLE);
            String dependency = rows.getString(10);
            if ("i".equals(dependency)) {
                identities.put(rows.getLong(11) + ":" + rows.getInt(12), options);
                return;
            }
            if (dependency != null && excluded.contains(rows.getLong(11))) {
                return;
            }
            Sequence.ColumnRef owner = dependency == null || rows.getString(15) == null ? null
                    : new Sequence.ColumnRef(new QualifiedName(rows.getString(13), rows.getString(14)),
                            rows.getString(15));
            sequences.add(new Sequence(new QualifiedName(rows.getString(1), rows.getString(2)), options, owner,
                    rows.getString(16)));
        }

        private void type(ResultSet rows) throws SQLException {
            QualifiedName name = new QualifiedName(rows.getString(2), rows.getString(3));
            String comment = rows.getString(11);
            switch (rows.getString(4)) {
                case "e" -> enums.add(new EnumType(name, List.of((String[]) rows.getArray(6).getArray()), comment));
                case "d" -> domains.put(rows.getLong(1), new Domain(name, rows.getString(7),
                        rows.getBoolean(8) ? Nullability.NOT_NULL : Nullability.NULL, rows.getString(9),
                        rows.getString(10), List.of(), comment));
                default -> composites.put(rows.getLong(5), Relation.composite(name, comment));
            }
        }

        private void column(ResultSet rows) throws SQLException {
            long oid = rows.getLong(1);
            Relation relation = relations.containsKey(oid) ? relations.get(oid) : composites.get(oid);
            if (relation != null) {
                relation.columns.add(new RawColumn(rows.getInt(2), rows.getString(3), rows.getString(4),
                        rows.getBoolean(5), rows.getString(6), rows.getString(7), rows.getString(8),
                        rows.getString(9), rows.getString(10)));
            }
        }

        private void constraint(ResultSet rows) throws SQLException {
            String type = rows.getString(4);
            if (rows.getLong(2) != 0) {
                domainChecks.computeIfAbsent(rows.getLong(2), key -> new ArrayList<>())
                        .add(new Domain.Check(rows.getString(3), ArrayCoercions.elementwise(rows.getString(5))));
                return;
            }
            attach(rows, relation -> relation.constraints.add(new Constraint(rows.getString(3), constraintType(type),
                    ArrayCoercions.elementwise(rows.getString(5)), rows.getString(7) == null ? null
                            : new QualifiedName(rows.getString(6), rows.getString(7)),
                    rows.getBoolean(8) ? Origin.LOCAL : Origin.INHERITED, rows.getString(9))));
        }

        private void index(ResultSet rows) throws SQLException {
            attach(rows, relation -> relation.indexes.add(new Index(rows.getString(2),
                    ArrayCoercions.elementwise(rows.getString(3)),
                    rows.getBoolean(4) ? Index.Validity.VALID : Index.Validity.INVALID,
                    rows.getString(6) == null ? null : new QualifiedName(rows.getString(5), rows.getString(6)),
                    rows.getString(7))));
        }

        private void trigger(ResultSet rows) throws SQLException {
            attach(rows, relation -> relation.triggers.add(new Trigger(rows.getString(2), rows.getString(3),
                    triggerState(rows.getString(4)), rows.getBoolean(5) ? Origin.LOCAL : Origin.INHERITED,
                    rows.getString(6))));
        }

        /** Hands the relation of the row's first column to {@code action}, unless it is out of the catalog. */
        private void attach(ResultSet rows, RowAction action) throws SQLException {
            Relation relation = relations.get(rows.getLong(1));
            if (relation != null) {
                action.apply(relation);
            }
        }

        private void query(String sql, Rows.Handler handler) throws SQLException {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                statement.setString(1, namespaces);
                Rows.each(statement, handler);
            }
        }
    }

    private static Domain withChecks(Domain domain, List<Domain.Check> checks) {
        return new Domain(domain.name(), domain.baseType(), domain.nullability(), domain.defaultExpression(),
                domain.collation(), checks, domain.comment());
    }

    private static Constraint.Type constraintType(String code) {
        return switch (code) {
            case "p" -> Constraint.Type.PRIMARY_KEY;
            case "u" -> Constraint.Type.UNIQUE;
            case "f" -> Constraint.Type.FOREIGN_KEY;
            case "x" -> Constraint.Type.EXCLUSION;
            default -> Constraint.Type.CHECK;
        };
    }

    private static Trigger.State triggerState(String code) {
        return switch (code) {
            case "D" -> Trigger.State.DISABLED;
            case "R" -> Trigger.State.REPLICA;
            case "A" -> Trigger.State.ALWAYS;
            default -> Trigger.State.ENABLED;
        };
    }

    @FunctionalInterface
    private interface RowAction {

        void apply(Relation relation) throws SQLException;
    }

    /** A column row as read, before its identity sequence is known. */
    record RawColumn(int number, String name, String type, boolean notNull, String expression, String identity,
                     String generated, String collation, String comment) {

        Column column(SequenceOptions identitySequence) {
            boolean isGenerated = "s".equals(generated);
            Identity identityColumn = identitySequence == null || identity == null || identity.isEmpty() ? null
                    : new Identity("a".equals(identity) ? Identity.Generation.ALWAYS : Identity.Generation.BY_DEFAULT,
                            identitySequence);
            return new Column(name, type, notNull ? Nullability.NOT_NULL : Nullability.NULL,
                    isGenerated ? "" : expression, identityColumn, isGenerated ? expression : "", collation, comment);
        }
    }

    /** A relation's row and the rows of the other queries that belong to it. */
    static final class Relation {

        private final long oid;
        private final QualifiedName name;
        private final String kind;
        private final String persistence;
        private final String partitionKey;
        private final Table.PartitionOf partitionOf;
        private final List<String> options;
        private final String definition;
        private final Table.RowSecurity rowSecurity;
        private final String comment;
        final List<RawColumn> columns = new ArrayList<>();
        final List<Constraint> constraints = new ArrayList<>();
        final List<Index> indexes = new ArrayList<>();
        final List<Trigger> triggers = new ArrayList<>();
        final List<Policy> policies = new ArrayList<>();

        private Relation(long oid, QualifiedName name, String kind, String persistence, String partitionKey,
                         Table.PartitionOf partitionOf, List<String> options, String definition,
                         Table.RowSecurity rowSecurity, String comment) {
            this.oid = oid;
            this.name = name;
            this.kind = kind;
            this.persistence = persistence;
            this.partitionKey = partitionKey;
            this.partitionOf = partitionOf;
            this.options = options;
            this.definition = definition;
            this.rowSecurity = rowSecurity;
            this.comment = comment;
        }

        static Relation of(ResultSet rows) throws SQLException {
            String options = rows.getString(10);
            Table.RowSecurity security = !rows.getBoolean(12)
                    ? Table.RowSecurity.DISABLED
                    : rows.getBoolean(13) ? Table.RowSecurity.FORCED
                    : Table.RowSecurity.ENABLED;
            return new Relation(rows.getLong(1), new QualifiedName(rows.getString(2), rows.getString(3)),
                    rows.getString(4), rows.getString(5), rows.getString(6),
                    rows.getString(8) == null ? null : new Table.PartitionOf(
                            new QualifiedName(rows.getString(7), rows.getString(8)), rows.getString(9)),
                    options == null || options.isEmpty() ? List.of()
                            : Stream.of(options.split("\n")).map(Relation::option).toList(),
                    rows.getString(11), security, rows.getString(14));
        }

        /** An option as {@code name=value}, with a boolean spelled {@code true} or {@code false} however it was set. */
        private static String option(String option) {
            int equals = option.indexOf('=');
            String value = option.substring(equals + 1).toLowerCase(Locale.ROOT);
            return switch (value) {
                case "on", "yes", "true" -> option.substring(0, equals) + "=true";
                case "off", "no", "false" -> option.substring(0, equals) + "=false";
                default -> option;
            };
        }

        static Relation composite(QualifiedName name, String comment) {
            return new Relation(0, name, "c", "p", null, null, List.of(), null,
                    Table.RowSecurity.DISABLED, comment);
        }

        boolean isView() {
            return kind.equals("v") || kind.equals("m");
        }

        Table table(Map<String, SequenceOptions> identities) {
            List<Column> built = columns.stream()
                    .map(column -> column.column(identities.get(oid + ":" + column.number()))).toList();
            return new Table(name, "u".equals(persistence) ? Persistence.UNLOGGED
                    : Persistence.PERMANENT, partitionKey, partitionOf, options, rowSecurity, built, constraints,
                    indexes, triggers, policies, comment);
        }

        View view() {
            Map<String, String> columnComments = new HashMap<>();
            columns.stream().filter(column -> column.comment() != null)
                    .forEach(column -> columnComments.put(column.name(), column.comment()));
            return new View(name, kind.equals("m") ? View.Kind.MATERIALIZED_VIEW : View.Kind.VIEW, definition,
                    options, new TreeMap<>(columnComments), indexes, triggers, comment);
        }

        CompositeType compositeType() {
            return new CompositeType(name, columns.stream()
                    .map(column -> new CompositeType.Field(column.name(), column.type(),
                            column.collation(), column.comment())).toList(), comment);
        }
    }
}
