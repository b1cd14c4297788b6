package io.migrations.api;

/** How {@code stamp} treats the version table's rows. */
public enum StampMode {
    /** Moves the rows the targets replace, as Alembic's {@code stamp} does; rows of unknown revisions stop it. */
    KEEP,
    /** Deletes every row first, in the same transaction, so rows of unknown revisions do not stop the stamp. */
    PURGE,
    /**
     * Stamps only when the version table has no rows, as read under the migration lock, and changes nothing
     * otherwise: adopting an existing database on the first run, when several instances may start at once and only
     * the first may stamp.
     */
    IF_EMPTY
}
