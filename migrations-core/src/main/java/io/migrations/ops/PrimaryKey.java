package io.migrations.ops;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * {@code PRIMARY KEY (columns)}.
 *
 * @param name    constraint name; defaults to {@code <table>_pkey}
 * @param columns the key columns, in order
 */
public record PrimaryKey(Optional<String> name, List<String> columns) implements TableConstraint {

    public PrimaryKey {
        Objects.requireNonNull(name, "name");
        columns = Values.names(columns, "primary key column");
    }

    @Override
    public ConstraintType type() {
        return ConstraintType.PRIMARY_KEY;
    }

    @Override
    public PrimaryKey named(String newName) {
        return new PrimaryKey(Optional.of(Values.name(newName, "constraint")), columns);
    }

    @Override
    public String defaultName(String table) {
        return table + "_pkey";
    }
}
