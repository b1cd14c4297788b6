package io.migrations.catalog;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A domain: a base type with a default, nullability and check constraints.
 *
 * @param name              schema and name
 * @param baseType          as {@code format_type} writes it
 * @param nullability       whether NULL is accepted
 * @param defaultExpression the default; empty for none
 * @param collation         the collation when it differs from the base type's; empty otherwise
 * @param constraints       its check constraints, by name
 * @param comment           the comment; empty for none
 */
public record Domain(QualifiedName name, String baseType, Nullability nullability, String defaultExpression,
                     String collation, List<Check> constraints, String comment) {

    /**
     * A domain's check constraint.
     *
     * @param name       as stored
     * @param definition as {@code pg_get_constraintdef} writes it, e.g. {@code CHECK (VALUE > 0)}
     */
    public record Check(String name, String definition) {
    }

    public Domain {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(baseType, "baseType");
        Objects.requireNonNull(nullability, "nullability");
        defaultExpression = Objects.requireNonNullElse(defaultExpression, "");
        collation = Objects.requireNonNullElse(collation, "");
        constraints = Sorting.byName(constraints, Check::name);
        comment = Objects.requireNonNullElse(comment, "");
    }

    /** The compared attributes, by name, as text; each check is one attribute. */
    public Map<String, String> attributes() {
        Map<String, String> attributes = new LinkedHashMap<>();
        attributes.put("base type", baseType);
        attributes.put("collation", collation);
        attributes.put("nullability", nullability.sql());
        attributes.put("default", defaultExpression);
        constraints.forEach(check -> attributes.put("constraint " + check.name(), check.definition()));
        attributes.put("comment", comment);
        return attributes;
    }
}
