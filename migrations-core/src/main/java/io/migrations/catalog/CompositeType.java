package io.migrations.catalog;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * A composite type ({@code CREATE TYPE ... AS (...)}). Unlike a table's columns, the order of its attributes (fields) is
 * part of the type: row values are built by position.
 *
 * @param name       schema and name
 * @param fields     its attributes, in order
 * @param comment    the comment; empty for none
 */
public record CompositeType(QualifiedName name, List<Field> fields, String comment) {

    /**
     * One attribute of the type.
     *
     * @param name      as stored
     * @param type      as {@code format_type} writes it
     * @param collation when it differs from the type's; empty otherwise
     * @param comment   the comment; empty for none
     */
    public record Field(String name, String type, String collation, String comment) {

        public Field {
            collation = Objects.requireNonNullElse(collation, "");
            comment = Objects.requireNonNullElse(comment, "");
        }

        /** E.g. {@code street text COLLATE "C"}. */
        public String describe() {
            return name + " " + type + (collation.isEmpty() ? "" : " COLLATE " + collation);
        }
    }

    public CompositeType {
        Objects.requireNonNull(name, "name");
        fields = List.copyOf(fields);
        comment = Objects.requireNonNullElse(comment, "");
    }

    /** The compared attributes, by name, as text. */
    public Map<String, String> attributes() {
        Map<String, String> attributes = new LinkedHashMap<>();
        attributes.put("attributes", fields.stream().map(Field::describe).collect(Collectors.joining(", ")));
        fields.stream().filter(field -> !field.comment().isEmpty())
                .forEach(field -> attributes.put("comment on attribute " + field.name(), field.comment()));
        attributes.put("comment", comment);
        return attributes;
    }
}
