package io.migrations.internal.script;

import io.migrations.api.MigrationsException;
import io.migrations.api.ScriptException;

/** Builds the {@link ScriptException}s of Java revisions, keeping the cause for its stack trace. */
final class Failures {

    private Failures() {
    }

    /** A problem at {@code line} of the revision class {@code location}, caused by {@code cause}. */
    static ScriptException of(String location, int line, String problem, Throwable cause) {
        ScriptException exception = new ScriptException(location, line, problem);
        exception.initCause(cause);
        return exception;
    }

    /**
     * What went wrong in {@code cause}: our own exceptions already say it in their message; anything else is a bug in
     * the revision and is named by its class as well.
     */
    static String describe(Throwable cause) {
        return cause instanceof MigrationsException ? cause.getMessage() : cause.toString();
    }
}
