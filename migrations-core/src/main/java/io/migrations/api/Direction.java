package io.migrations.api;

/** What a step does to the database. */
public enum Direction {
    /** Runs a revision's upgrade. */
    UPGRADE,
    /** Runs a revision's downgrade. */
    DOWNGRADE,
    /** Only rewrites the version table. */
    STAMP;

    /** Lower-case name as stored in the history table and shown in output. */
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
