package io.migrations.ops;

/** Options of {@link CreateIndex} and {@link DropIndex}. */
public enum IndexOption {
    /** Create: rows must differ in the indexed columns. */
    UNIQUE,
    /**
     * Create or drop without blocking writes (PostgreSQL {@code CONCURRENTLY}). PostgreSQL refuses it inside a
     * transaction, so the revision must be declared non-transactional. H2 has no such mode and builds the index
     * normally.
     */
    CONCURRENTLY,
    /** Create: do nothing when an index of that name exists. */
    IF_NOT_EXISTS,
    /** Drop: do nothing when no index of that name exists. */
    IF_EXISTS
}
