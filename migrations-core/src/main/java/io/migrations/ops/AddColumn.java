package io.migrations.ops;

import java.util.List;
import java.util.Objects;

/**
 * {@code ALTER TABLE table ADD COLUMN …}, plus the constraints the column's primary key and unique flags stand for.
 *
 * @param table  the table to extend
 * @param column the new column
 */
public record AddColumn(String table, Column column) implements Operation {

    public AddColumn {
        Values.name(table, "table");
        Objects.requireNonNull(column, "column");
    }

    /** Named constraints to add after the column: its primary key and unique constraint, if flagged. */
    public List<TableConstraint> impliedConstraints() {
        return CreateTable.impliedConstraints(table, List.of(column));
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.addColumn(this);
    }
}
