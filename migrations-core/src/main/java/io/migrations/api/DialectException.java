package io.migrations.api;


/**
 * A database this library does not support, or an operation the chosen database cannot carry out
 * (e.g. a partial index on H2). Raised while rendering, before any statement of the revision runs.
 */
public class DialectException extends MigrationsException {

    public DialectException(String message) {
        super(message);
    }

    /** {@code Not supported on <database>: <what>; <advice>}. */
    public static DialectException unsupported(String database, String what, String advice) {
        return new DialectException("Not supported on " + database + ": " + what + "; " + advice);
    }

    @Override
    public boolean isUserError() {
        return true;
    }
}
