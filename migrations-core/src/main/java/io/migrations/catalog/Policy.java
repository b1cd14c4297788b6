package io.migrations.catalog;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A row-level security policy, compared by its definition.
 *
 * @param name       as stored
 * @param definition a {@code CREATE POLICY} statement built from the catalog (permissive or restrictive, command,
 *                   roles, {@code USING} and {@code WITH CHECK} as {@code pg_get_expr} writes them)
 * @param comment    the comment; empty for none
 */
public record Policy(String name, String definition, String comment) {

    public Policy {
        Objects.requireNonNull(name, "name");
        definition = Objects.requireNonNull(definition, "definition").strip();
        comment = Objects.requireNonNullElse(comment, "");
    }

    /** The compared attributes, by name, as text. */
    public Map<String, String> attributes() {
        Map<String, String> attributes = new LinkedHashMap<>();
        attributes.put("definition", definition);
        attributes.put("comment", comment);
        return attributes;
    }
}
