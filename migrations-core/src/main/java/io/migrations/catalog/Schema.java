package io.migrations.catalog;

import java.util.Map;
import java.util.Objects;

/**
 * A schema (namespace).
 *
 * @param name    as stored
 * @param comment the comment; empty for none
 */
public record Schema(String name, String comment) {

    public Schema {
        Objects.requireNonNull(name, "name");
        comment = Objects.requireNonNullElse(comment, "");
    }

    /** The compared attributes, by name, as text. */
    public Map<String, String> attributes() {
        return Map.of("comment", comment);
    }
}
