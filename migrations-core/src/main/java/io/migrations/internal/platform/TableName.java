package io.migrations.internal.platform;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A possibly schema-qualified table name; {@link Database#qualified} writes it in SQL.
 *
 * @param schema schema name, or null for the connection's current schema
 * @param name   table name
 */
public record TableName(String schema, String name) {

    private static final Pattern VALID = Pattern.compile("[^\\x00\"]{1,63}");

    public TableName {
        Objects.requireNonNull(name, "name");
        if (!VALID.matcher(name).matches() || (schema != null && !VALID.matcher(schema).matches())) {
            throw new IllegalArgumentException("Invalid table or schema name: " + (schema == null ? "" : schema + ".") + name
                    + " (1 to 63 characters, no double quotes)");
        }
        schema = schema == null || schema.isBlank() ? null : schema;
    }

    /** The same table in {@code schema}. */
    public TableName in(String schema) {
        return new TableName(schema, name);
    }

    @Override
    public String toString() {
        return schema == null ? name : schema + "." + name;
    }
}
