package io.migrations.api;

/** How bad a lint finding is. */
public enum Severity {
    /** Breaks or is refused on a real database; fails the lint by default. */
    ERROR,
    /** Risky on a large or busy table, or breaks code that still runs against the old schema. */
    WARNING;

    /** Whether this severity is at least as bad as {@code other}. */
    public boolean atLeast(Severity other) {
        return ordinal() <= other.ordinal();
    }
}
