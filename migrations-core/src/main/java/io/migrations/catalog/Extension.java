package io.migrations.catalog;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * An installed extension. The objects it creates are not in the catalog: they come and go with it.
 *
 * @param name    e.g. {@code pg_trgm}
 * @param schema  the schema its objects live in
 * @param version the installed version
 * @param comment the comment; empty for none
 */
public record Extension(String name, String schema, String version, String comment) {

    public Extension {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(schema, "schema");
        Objects.requireNonNull(version, "version");
        comment = Objects.requireNonNullElse(comment, "");
    }

    /** The compared attributes, by name, as text. */
    public Map<String, String> attributes() {
        Map<String, String> attributes = new LinkedHashMap<>();
        attributes.put("schema", schema);
        attributes.put("version", version);
        attributes.put("comment", comment);
        return attributes;
    }
}
