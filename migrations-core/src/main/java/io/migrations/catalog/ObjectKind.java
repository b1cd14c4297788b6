package io.migrations.catalog;

import java.util.Locale;

/** The kinds of object a {@link Catalog} holds, as differences name them. */
public enum ObjectKind {
    SCHEMA, EXTENSION, ENUM, DOMAIN, COMPOSITE_TYPE, SEQUENCE, TABLE, COLUMN, CONSTRAINT, INDEX, TRIGGER, POLICY,
    VIEW, MATERIALIZED_VIEW, FUNCTION, PROCEDURE;

    /** E.g. {@code materialized view}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
