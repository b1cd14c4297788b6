package io.migrations.internal.drift;

import java.util.List;
import java.util.Objects;

/**
 * A table and its columns, in column order.
 *
 * @param name    schema-qualified name, e.g. {@code public.users}
 * @param columns the columns
 */
public record Table(String name, List<Column> columns) {

    public Table {
        Objects.requireNonNull(name, "name");
        columns = List.copyOf(columns);
    }
}
