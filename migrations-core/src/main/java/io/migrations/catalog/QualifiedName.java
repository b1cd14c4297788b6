package io.migrations.catalog;

import java.util.Comparator;
import java.util.Objects;

/**
 * The name of a schema-level object as the server stores it (case kept, no quotes).
 *
 * @param schema the schema, e.g. {@code public}
 * @param name   the object's name in it
 */
public record QualifiedName(String schema, String name) implements Comparable<QualifiedName> {

    private static final Comparator<QualifiedName> ORDER =
            Comparator.comparing(QualifiedName::schema).thenComparing(QualifiedName::name);

    public QualifiedName {
        Objects.requireNonNull(schema, "schema");
        Objects.requireNonNull(name, "name");
    }

    /** Another object in the same schema. */
    public QualifiedName sibling(String otherName) {
        return new QualifiedName(schema, otherName);
    }

    @Override
    public int compareTo(QualifiedName other) {
        return ORDER.compare(this, other);
    }

    /** {@code schema.name}, unquoted: for messages, not for SQL. */
    @Override
    public String toString() {
        return schema + "." + name;
    }
}
