package io.migrations.internal.platform;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A possibly schema-qualified table name, rendered with quotes only where SQL needs them.
 *
 * @param schema schema name, or null for the connection's current schema
 * @param name   table name
 */
public record TableName(String schema, String name) {

    private static final Pattern PLAIN = Pattern.compile("[a-z_][a-z0-9_$]*");
    private static final Pattern VALID = Pattern.compile("[^\\x00\"]{1,63}");

    public TableName {
        Objects.requireNonNull(name, "name");
        if (!VALID.matcher(name).matches() || (schema != null && !VALID.matcher(schema).matches())) {
            throw new IllegalArgumentException("Invalid table or schema name: " + (schema == null ? "" : schema + ".") + name
                    + " (1 to 63 characters, no double quotes)");
        }
        schema = schema == null || schema.isBlank() ? null : schema;
    }

    /** The name as it appears in SQL, e.g. {@code alembic_version} or {@code app."Version"}. */
    public String sql() {
        return schema == null ? quote(name) : quote(schema) + "." + quote(name);
    }

    /** Quotes an identifier unless it is a plain lower-case name. */
    public static String quote(String identifier) {
        return PLAIN.matcher(identifier).matches() ? identifier : "\"" + identifier + "\"";
    }

    @Override
    public String toString() {
        return schema == null ? name : schema + "." + name;
    }
}
