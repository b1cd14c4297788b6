package io.migrations.ops;

import java.util.Objects;

/**
 * {@code ALTER TABLE table ADD CONSTRAINT name …}.
 *
 * @param table      the constrained table
 * @param constraint the constraint; one without a name gets its default name
 */
public record AddConstraint(String table, TableConstraint constraint) implements Operation {

    public AddConstraint {
        Values.name(table, "table");
        constraint = Objects.requireNonNull(constraint, "constraint").withDefaultName(table);
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.addConstraint(this);
    }
}
