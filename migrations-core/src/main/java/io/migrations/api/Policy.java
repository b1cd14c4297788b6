package io.migrations.api;

/** How to react to a validation finding, such as an applied revision whose file changed since it ran. */
public enum Policy {
    /** Refuse to run, with an error naming the revisions. */
    FAIL,
    /** Log a warning and go on. */
    WARN,
    /** Go on silently. */
    IGNORE
}
