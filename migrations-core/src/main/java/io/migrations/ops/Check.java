package io.migrations.ops;

import io.migrations.api.OperationException;
import java.util.Objects;
import java.util.Optional;

/**
 * {@code CHECK (condition)}.
 *
 * @param name      constraint name; defaults to {@code <table>_check}, so name the second check of a table yourself
 * @param condition the SQL condition every row must satisfy, e.g. {@code price >= 0}
 */
public record Check(Optional<String> name, String condition) implements TableConstraint {

    public Check {
        Objects.requireNonNull(name, "name");
        if (condition == null || condition.isBlank()) {
            throw new OperationException("A check constraint needs a condition, e.g. check(\"price >= 0\")");
        }
    }

    @Override
    public ConstraintType type() {
        return ConstraintType.CHECK;
    }

    @Override
    public Check named(String newName) {
        return new Check(Optional.of(Values.name(newName, "constraint")), condition);
    }

    @Override
    public String defaultName(String table) {
        return table + "_check";
    }
}
