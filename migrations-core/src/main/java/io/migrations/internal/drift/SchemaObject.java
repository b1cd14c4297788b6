package io.migrations.internal.drift;

import java.util.Locale;
import java.util.Objects;

/**
 * A schema object other than a table, compared by its definition.
 *
 * @param kind       what it is
 * @param name       schema-qualified name; constraints add their table, e.g. {@code public.users.users_pkey}
 * @param definition the definition as the catalog functions write it, on one line
 */
public record SchemaObject(Kind kind, String name, String definition) {

    /** The kinds of object compared besides tables. */
    public enum Kind {
        CONSTRAINT, INDEX, SEQUENCE, VIEW, MATERIALIZED_VIEW, ENUM;

        /** The kind as written in output, e.g. {@code materialized view}. */
        public String label() {
            return name().toLowerCase(Locale.ROOT).replace('_', ' ');
        }
    }

    public SchemaObject {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(name, "name");
        definition = Objects.requireNonNull(definition, "definition").strip().replaceAll("\\s+", " ");
    }

    /** The object as named in output, e.g. {@code index public.ix_users_email}. */
    public String title() {
        return kind.label() + " " + name;
    }
}
