package io.migrations.catalog;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * An enum type.
 *
 * @param name    schema and name
 * @param values  its labels in sort order
 * @param comment the comment; empty for none
 */
public record EnumType(QualifiedName name, List<String> values, String comment) {

    public EnumType {
        Objects.requireNonNull(name, "name");
        values = List.copyOf(values);
        comment = Objects.requireNonNullElse(comment, "");
    }

    /** The compared attributes, by name, as text. */
    public Map<String, String> attributes() {
        Map<String, String> attributes = new LinkedHashMap<>();
        attributes.put("values", String.join(", ", values.stream().map(v -> "'" + v.replace("'", "''") + "'").toList()));
        attributes.put("comment", comment);
        return attributes;
    }
}
