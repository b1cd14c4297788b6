package io.migrations.catalog;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A table constraint, compared by its canonical definition.
 *
 * @param name       as stored, e.g. {@code users_email_key}
 * @param type       primary key, unique, check, foreign key or exclusion
 * @param definition as {@code pg_get_constraintdef} writes it, with {@code DEFERRABLE}, actions and {@code NOT VALID}
 * @param references the table a foreign key references; null for other types
 * @param origin     declared here, or inherited from a partitioned parent
 * @param comment    the comment; empty for none
 */
public record Constraint(String name, Type type, String definition, @Nullable QualifiedName references, Origin origin,
                         String comment) {

    /** The kinds of table constraint. */
    public enum Type {
        PRIMARY_KEY, UNIQUE, CHECK, FOREIGN_KEY, EXCLUSION;

        /** E.g. {@code primary key}. */
        public String label() {
            return name().toLowerCase(Locale.ROOT).replace('_', ' ');
        }
    }

    public Constraint {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        definition = Objects.requireNonNull(definition, "definition").strip();
        Objects.requireNonNull(origin, "origin");
        comment = Objects.requireNonNullElse(comment, "");
    }

    /** Whether the server has checked existing rows against it (false after {@code NOT VALID}). */
    public boolean validated() {
        return !definition.endsWith(" NOT VALID");
    }

    /** The compared attributes, by name, as text. */
    public Map<String, String> attributes() {
        Map<String, String> attributes = new LinkedHashMap<>();
        attributes.put("definition", definition);
        attributes.put("origin", origin.name());
        attributes.put("comment", comment);
        return attributes;
    }

    /** E.g. {@code users_email_key UNIQUE (email)}. */
    public String describe() {
        return name + " " + definition + (origin == Origin.INHERITED ? " (inherited)" : "");
    }
}
