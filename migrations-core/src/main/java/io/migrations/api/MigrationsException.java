package io.migrations.api;

/**
 * Root of every error this library raises on purpose.
 *
 * <p>Subclasses say which kind of problem it is, so callers can react without parsing messages:
 * {@link #isUserError()} is true for problems in revision files, the revision graph or a target
 * (fix the input and run again), false for problems met while talking to the database.
 * Messages say what happened, where, and what to do next.
 */
public abstract class MigrationsException extends RuntimeException {

    protected MigrationsException(String message) {
        super(message);
    }

    protected MigrationsException(String message, Throwable cause) {
        super(message, cause);
    }

    /**
     * Whether the input (files, graph, target, options) is at fault rather than the database.
     * The CLI exits with 2 for user errors and 1 otherwise.
     */
    public abstract boolean isUserError();
}
