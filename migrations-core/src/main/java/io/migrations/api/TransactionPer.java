package io.migrations.api;

/** Where a run's transactions begin and end. */
public enum TransactionPer {

    /**
     * Each transactional revision in a transaction of its own with its version and history rows (the default): a
     * failure rolls back only the revision that failed, and those before it stay applied.
     */
    REVISION,

    /**
     * All pending transactional revisions in one transaction with their version and history rows, as Alembic does by
     * default: a failure rolls back the whole run, so a deploy lands completely or not at all, and the run pays one
     * commit instead of one per revision. A non-transactional revision commits the transaction before it, runs alone,
     * and a new transaction starts after it. PostgreSQL takes a lock per table or index created in a transaction, so a
     * very long run may need a higher {@code max_locks_per_transaction}.
     */
    RUN
}
