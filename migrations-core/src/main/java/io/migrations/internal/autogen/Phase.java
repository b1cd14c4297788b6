package io.migrations.internal.autogen;

/**
 * Where a generated statement runs. PostgreSQL refuses some statements inside a transaction, or refuses to use what
 * they create in the same one, so a generated change is up to three revisions, applied in this order.
 */
public enum Phase {
    /** {@code ALTER TYPE ... ADD VALUE} whose new values the main revision uses: its own non-transactional revision. */
    ENUM_VALUES,
    /** Everything else, in one transactional revision. */
    MAIN,
    /** {@code CREATE INDEX CONCURRENTLY} on tables that exist already: a non-transactional revision after the main one. */
    CONCURRENT_INDEXES
}
