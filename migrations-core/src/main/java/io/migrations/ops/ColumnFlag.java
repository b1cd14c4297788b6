package io.migrations.ops;

/** Yes-or-no properties of a {@link Column}. */
public enum ColumnFlag {
    /** The column rejects NULL. */
    NOT_NULL,
    /** The column is (part of) the table's primary key; implies {@link #NOT_NULL}. */
    PRIMARY_KEY,
    /** The column has a unique constraint of its own. */
    UNIQUE
}
