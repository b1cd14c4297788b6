package io.migrations.ops;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * {@code UNIQUE (columns)}.
 *
 * @param name    constraint name; defaults to {@code <table>_<columns>_key}
 * @param columns the columns whose combination must be unique
 */
public record Unique(Optional<String> name, List<String> columns) implements TableConstraint {

    public Unique {
        Objects.requireNonNull(name, "name");
        columns = Values.names(columns, "unique column");
    }

    @Override
    public ConstraintType type() {
        return ConstraintType.UNIQUE;
    }

    @Override
    public Unique named(String newName) {
        return new Unique(Optional.of(Values.name(newName, "constraint")), columns);
    }

    @Override
    public String defaultName(String table) {
        return table + "_" + String.join("_", columns) + "_key";
    }
}
