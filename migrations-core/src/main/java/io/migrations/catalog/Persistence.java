package io.migrations.catalog;

/** Whether a table's changes are written to the write-ahead log. */
public enum Persistence {
    /** An ordinary table. */
    PERMANENT,
    /** {@code CREATE UNLOGGED TABLE}: not crash-safe, not replicated. */
    UNLOGGED
}
