package io.migrations.catalog;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A table column. Two columns are the same when every component is; their position in the table is not compared.
 *
 * @param name                as stored, e.g. {@code email}
 * @param type                as {@code format_type} writes it, e.g. {@code character varying(200)}
 * @param nullability         whether NULL is accepted
 * @param defaultExpression   the default as {@code pg_get_expr} writes it; empty for none
 * @param identity            the identity generation and its sequence options; null when not an identity column
 * @param generatedExpression the expression of a stored generated column; empty otherwise
 * @param collation           the collation when it differs from the type's, e.g. {@code "C"}; empty otherwise
 * @param comment             the comment; empty for none
 */
public record Column(String name, String type, Nullability nullability, String defaultExpression, @Nullable Identity identity,
                     String generatedExpression, String collation, String comment) {

    public Column {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(nullability, "nullability");
        defaultExpression = Objects.requireNonNullElse(defaultExpression, "");
        generatedExpression = Objects.requireNonNullElse(generatedExpression, "");
        collation = Objects.requireNonNullElse(collation, "");
        comment = Objects.requireNonNullElse(comment, "");
    }

    /** Whether NOT NULL. */
    public boolean notNull() {
        return nullability == Nullability.NOT_NULL;
    }

    /** The compared attributes, by name, as text. */
    public Map<String, String> attributes() {
        Map<String, String> attributes = new LinkedHashMap<>();
        attributes.put("type", type);
        attributes.put("collation", collation);
        attributes.put("nullability", nullability.sql());
        attributes.put("default", defaultExpression);
        attributes.put("identity", identity == null ? "" : identity.sql());
        attributes.put("generated expression", generatedExpression);
        attributes.put("comment", comment);
        return attributes;
    }

    /** The column as one line, e.g. {@code email text NOT NULL DEFAULT ''::text}. */
    public String describe() {
        return name + " " + type + (collation.isEmpty() ? "" : " COLLATE " + collation)
                + (notNull() ? " NOT NULL" : "")
                + (defaultExpression.isEmpty() ? "" : " DEFAULT " + defaultExpression)
                + (identity == null ? "" : " " + identity.sql())
                + (generatedExpression.isEmpty() ? "" : " GENERATED ALWAYS AS (" + generatedExpression + ") STORED");
    }
}
