package io.migrations.catalog;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * A table with what hangs on it. Two tables are equal when everything but the order of their columns is: column
 * order cannot be reproduced with {@code ALTER TABLE} (a column added back lands last), so it is kept for display
 * and {@code CREATE TABLE} only.
 *
 * @param name         schema and name
 * @param persistence  permanent or {@code UNLOGGED}
 * @param partitionKey {@code pg_get_partkeydef}, e.g. {@code RANGE (created_at)}, for a partitioned table; empty otherwise
 * @param partitionOf  the parent and bound of a partition; null for a table that is not one
 * @param options      storage parameters ({@code WITH (fillfactor=70)}), sorted
 * @param rowSecurity  whether row-level security is enabled, and forced on the owner
 * @param columns      in their table order
 * @param constraints  by name
 * @param indexes      the indexes no constraint owns, by name
 * @param triggers     by name
 * @param policies     row-level security policies, by name
 * @param comment      the comment; empty for none
 */
public record Table(QualifiedName name, Persistence persistence, String partitionKey, @Nullable PartitionOf partitionOf,
                    List<String> options, RowSecurity rowSecurity, List<Column> columns, List<Constraint> constraints,
                    List<Index> indexes, List<Trigger> triggers, List<Policy> policies, String comment) {

    /**
     * Where a partition sits.
     *
     * @param parent the partitioned table
     * @param bound  {@code pg_get_expr(relpartbound)}, e.g. {@code FOR VALUES FROM ('2026-01-01') TO ('2026-02-01')}
     */
    public record PartitionOf(QualifiedName parent, String bound) {

        public PartitionOf {
            Objects.requireNonNull(parent, "parent");
            Objects.requireNonNull(bound, "bound");
        }
    }

    /** {@code relrowsecurity} and {@code relforcerowsecurity}. */
    public enum RowSecurity {
        DISABLED, ENABLED, FORCED
    }

    public Table {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(persistence, "persistence");
        partitionKey = Objects.requireNonNullElse(partitionKey, "");
        options = options.stream().sorted().toList();
        Objects.requireNonNull(rowSecurity, "rowSecurity");
        columns = List.copyOf(columns);
        constraints = Sorting.byName(constraints, Constraint::name);
        indexes = Sorting.byName(indexes, Index::name);
        triggers = Sorting.byName(triggers, Trigger::name);
        policies = Sorting.byName(policies, Policy::name);
        comment = Objects.requireNonNullElse(comment, "");
    }

    /** The column named {@code columnName}. */
    public Optional<Column> column(String columnName) {
        return columns.stream().filter(column -> column.name().equals(columnName)).findFirst();
    }

    /** The constraint named {@code constraintName}. */
    public Optional<Constraint> constraint(String constraintName) {
        return constraints.stream().filter(constraint -> constraint.name().equals(constraintName)).findFirst();
    }

    /** The index named {@code indexName}. */
    public Optional<Index> index(String indexName) {
        return indexes.stream().filter(index -> index.name().equals(indexName)).findFirst();
    }

    /** Whether rows are routed to partitions. */
    public boolean isPartitioned() {
        return !partitionKey.isEmpty();
    }

    /** The table-level attributes compared, by name, as text (columns and attached objects are compared apart). */
    public Map<String, String> attributes() {
        Map<String, String> attributes = new LinkedHashMap<>();
        attributes.put("persistence", persistence.name());
        attributes.put("partition key", partitionKey);
        attributes.put("partition of", partitionOf == null ? "" : partitionOf.parent() + " " + partitionOf.bound());
        attributes.put("options", String.join(", ", options));
        attributes.put("row security", rowSecurity.name());
        attributes.put("comment", comment);
        return attributes;
    }

    private Map<String, Column> columnsByName() {
        return columns.stream().collect(Collectors.toMap(Column::name, Function.identity(), (a, b) -> a,
                TreeMap::new));
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Table table && name.equals(table.name) && persistence == table.persistence
                && partitionKey.equals(table.partitionKey) && Objects.equals(partitionOf, table.partitionOf)
                && options.equals(table.options) && rowSecurity == table.rowSecurity
                && columnsByName().equals(table.columnsByName()) && constraints.equals(table.constraints)
                && indexes.equals(table.indexes) && triggers.equals(table.triggers)
                && policies.equals(table.policies) && comment.equals(table.comment);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, persistence, partitionKey, partitionOf, options, rowSecurity, columnsByName(),
                constraints, indexes, triggers, policies, comment);
    }
}
