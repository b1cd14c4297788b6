package io.migrations.api;

import io.migrations.api.DatabaseException;
import io.migrations.api.MigrationsException;
import org.jspecify.annotations.Nullable;

/**
 * A revision failed while being replayed into the shadow database, so drift could not be checked. The checked
 * database was not touched: the failure, and the state it names, are the shadow's.
 */
public class ShadowReplayException extends MigrationsException {

    private final @Nullable String revision;

    public ShadowReplayException(String shadow, MigrationsException cause) {
        super(message(shadow, cause), cause);
        this.revision = cause instanceof DatabaseException database ? database.revision() : null;
    }

    private static String message(String shadow, MigrationsException cause) {
        String revision = cause instanceof DatabaseException database && database.revision() != null
                ? "revision " + database.revision() : "a revision";
        String error = cause.getCause() != null && cause.getCause().getMessage() != null
                ? cause.getCause().getMessage() : cause.getMessage();
        String sqlState = cause instanceof DatabaseException database && database.sqlState() != null
                ? " [SQL state " + database.sqlState() + "]" : "";
        return "Could not replay the revisions into the shadow database " + shadow + ": " + revision
                + " failed there: " + error.lines().findFirst().orElse("").strip() + sqlState + ". Drift was not "
                + "checked, and the checked database was not changed. Fix the revision so that it runs on an empty "
                + "database, or give a shadow database it can run on with --shadow-url.";
    }

    /** The revision that failed on the shadow database, or null when unknown. */
    public @Nullable String revision() {
        return revision;
    }

    /** Neither the input nor the checked database is at fault as such; the check itself could not run. */
    @Override
    public boolean isUserError() {
        return false;
    }
}
