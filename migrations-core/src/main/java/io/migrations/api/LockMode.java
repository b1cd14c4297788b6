package io.migrations.api;

/** How concurrent runs on one database are kept apart. */
public enum LockMode {

    /**
     * A session-level advisory lock on a connection of its own, held for the whole run (the default). It holds no
     * transaction, so {@code CREATE INDEX CONCURRENTLY} and other non-transactional revisions run beside it, and it
     * ends with its session. Needs a direct connection or a pooler in session mode: a run through a pooler in
     * transaction mode is refused, as the lock would stay behind on a pooled server connection.
     */
    SESSION,

    /**
     * A transaction-level advisory lock taken at the start of each revision's transaction and released by its commit,
     * with the version table read again under it: works through poolers in transaction mode (Supabase's pooler on port
     * 6543, pgbouncer with {@code pool_mode = transaction}). Non-transactional revisions are refused, since no lock
     * could cover them; sessions get only {@code SET LOCAL} and no server-side prepared statements.
     */
    TRANSACTION
}
