package io.migrations.ops;

import io.migrations.api.OperationException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * {@code CREATE TABLE}. Build it with {@link #of}, which turns the primary key and unique flags of the columns into
 * named table constraints.
 *
 * @param table       the new table
 * @param columns     its columns, in order
 * @param constraints its constraints; one without a name gets its default name
 */
public record CreateTable(String table, List<Column> columns, List<TableConstraint> constraints) implements Operation {

    public CreateTable {
        Values.name(table, "table");
        if (columns.isEmpty()) {
            throw new OperationException("createTable(" + table + ") has no columns; add at least one column(...)");
        }
        columns = List.copyOf(columns);
        constraints = constraints.stream().map(constraint -> constraint.withDefaultName(table)).toList();
        requireUnique(table, "column", columns.stream().map(Column::name).toList());
        if (constraints.stream().filter(c -> c.type() == ConstraintType.PRIMARY_KEY).count() > 1) {
            throw new OperationException("createTable(" + table + ") has two primary keys; mark the key columns "
                    + "primaryKey() or add one primaryKey(...) constraint, not both");
        }
        requireUnique(table, "constraint", constraints.stream().map(c -> c.name().orElseThrow()).toList());
    }

    /**
     * The table with the given columns and constraints. Primary key columns become one {@link PrimaryKey}, each
     * unique column its own {@link Unique}, ahead of the constraints given.
     */
    public static CreateTable of(String table, List<TableElement> elements) {
        List<Column> columns = new ArrayList<>();
        List<TableConstraint> constraints = new ArrayList<>();
        for (TableElement element : elements) {
            if (element instanceof Column column) {
                columns.add(column);
            } else {
                constraints.add((TableConstraint) element);
            }
        }
        List<TableConstraint> all = new ArrayList<>(impliedConstraints(table, columns));
        all.addAll(constraints);
        return new CreateTable(table, columns, all);
    }

    /** The named constraints that the primary key and unique flags of {@code columns} stand for. */
    static List<TableConstraint> impliedConstraints(String table, List<Column> columns) {
        List<TableConstraint> implied = new ArrayList<>();
        List<String> keyColumns = columns.stream().filter(Column::isPrimaryKey).map(Column::name).toList();
        if (!keyColumns.isEmpty()) {
            implied.add(new PrimaryKey(Optional.empty(), keyColumns));
        }
        columns.stream().filter(Column::isUnique)
                .map(c -> new Unique(Optional.empty(), List.of(c.name())))
                .forEach(implied::add);
        return implied.stream().map(constraint -> constraint.withDefaultName(table)).toList();
    }

    private static void requireUnique(String table, String what, List<String> names) {
        Set<String> seen = new HashSet<>();
        for (String name : names) {
            if (!seen.add(name)) {
                throw new OperationException("createTable(" + table + ") defines the " + what + " " + name
                        + " twice; rename one of them");
            }
        }
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.createTable(this);
    }
}
