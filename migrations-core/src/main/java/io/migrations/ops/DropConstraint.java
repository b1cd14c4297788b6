package io.migrations.ops;

import java.util.Objects;

/**
 * {@code ALTER TABLE table DROP CONSTRAINT name}. The type lets a dialect use a form that does not depend on the
 * name: H2 drops a primary key with {@code DROP PRIMARY KEY}, because H2 names keys declared without a name
 * {@code CONSTRAINT_…}, unlike PostgreSQL's {@code <table>_pkey}.
 *
 * @param name  the constraint name
 * @param table the constrained table
 * @param type  the kind of constraint
 */
public record DropConstraint(String name, String table, ConstraintType type) implements Operation {

    public DropConstraint {
        Values.name(name, "constraint");
        Values.name(table, "table");
        Objects.requireNonNull(type, "type");
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.dropConstraint(this);
    }
}
