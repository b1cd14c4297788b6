package io.migrations.internal.drift;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A table column as the catalog describes it.
 *
 * @param name         the column name
 * @param type         the type as {@code format_type} writes it, e.g. {@code character varying(200)}
 * @param notNull      whether it is NOT NULL
 * @param defaultValue the default expression as {@code pg_get_expr} writes it; empty for none
 * @param identity     {@code ALWAYS}, {@code BY DEFAULT}, or empty when not an identity column
 * @param generated    the expression of a stored generated column; empty otherwise
 */
public record Column(String name, String type, boolean notNull, String defaultValue, String identity,
                     String generated) {

    public Column {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        defaultValue = Objects.requireNonNullElse(defaultValue, "");
        identity = Objects.requireNonNullElse(identity, "");
        generated = Objects.requireNonNullElse(generated, "");
    }

    /** The column as one line, e.g. {@code email text NOT NULL DEFAULT ''::text}. */
    public String describe() {
        return name + " " + type + (notNull ? " NOT NULL" : "")
                + (defaultValue.isEmpty() ? "" : " DEFAULT " + defaultValue)
                + (identity.isEmpty() ? "" : " GENERATED " + identity + " AS IDENTITY")
                + (generated.isEmpty() ? "" : " GENERATED ALWAYS AS (" + generated + ") STORED");
    }

    /** The attributes compared between two columns of the same name, in a fixed order. */
    Map<String, String> attributes() {
        Map<String, String> attributes = new LinkedHashMap<>();
        attributes.put("type", type);
        attributes.put("nullability", notNull ? "NOT NULL" : "nullable");
        attributes.put("default", defaultValue.isEmpty() ? "none" : defaultValue);
        attributes.put("identity", identity.isEmpty() ? "none" : identity);
        attributes.put("generated expression", generated.isEmpty() ? "none" : generated);
        return attributes;
    }
}
