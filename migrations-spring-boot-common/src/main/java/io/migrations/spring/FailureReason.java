package io.migrations.spring;

import io.migrations.api.MigrationsException;
import io.migrations.api.ValidationException;
import io.migrations.api.ConnectionException;
import io.migrations.api.DatabaseException;
import io.migrations.api.InvalidUrlException;
import io.migrations.api.LockTimeoutException;
import io.migrations.api.RunStoppedException;
import io.migrations.api.LintFailedException;
import io.migrations.api.LockException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.sql.SQLException;

/** Why a migration step of the application failed, and what the user should do about it. */
public enum FailureReason {

    /** The database could not be reached, or did not answer in time. */
    UNREACHABLE("Check that the database at the URL above is running and reachable from this host (spring.datasource.url, "
            + "migrations.url or DATABASE_URL). migrations.connect-timeout bounds each attempt; migrations.connect-retries "
            + "waits for a database that starts after the application."),
    /** The server refused the user or password, or wanted a password and got none. */
    LOGIN_REFUSED("Check spring.datasource.username and spring.datasource.password (or the credentials in DATABASE_URL; "
            + "migrations.user and migrations.password when migrations connect separately)."),
    /** The URL requires SSL and the server offers none. */
    SSL_UNAVAILABLE("Change sslmode in spring.datasource.url (or DATABASE_URL, migrations.url) to prefer or disable for "
            + "this server, or enable SSL on it."),
    /** The database named in the URL does not exist. */
    DATABASE_MISSING("Create the database, or fix its name in spring.datasource.url (or DATABASE_URL, migrations.url)."),
    /** The database URL cannot be read. */
    INVALID_URL("Fix spring.datasource.url (or DATABASE_URL, migrations.url) as described above."),
    /** The application was asked to stop while it waited for the database, or between two revisions. */
    STOPPED("The application was asked to stop (SIGTERM) while it waited or migrated; the revisions that had started "
            + "committed and no other started. Start it again to go on."),
    /** A revision's statement failed. */
    REVISION_FAILED("Fix the revision named above, or add a revision that makes it apply, then start again. The "
            + "history table (or /actuator/migrations) records what ran; a failed transactional revision left nothing "
            + "behind."),
    /** 'validate' mode found revisions that were not applied. */
    PENDING("Apply the pending revisions first with the migrate step (java -jar app.jar "
            + "--spring.profiles.active=migrate), or let the application apply them (migrations.mode=startup)."),
    /** The database is at revisions this build does not have: a newer build migrated it. */
    UNKNOWN_REVISION("A newer build migrated this database. Deploy that build (or one that has its revisions), or "
            + "set migrations.on-unknown-revision=warn to start this one without migrating. If the revisions were "
            + "removed on purpose, run 'migrations stamp' to set the version table to a known revision."),
    /** Applied revision files changed since they ran. */
    EDITED("Revert the edits to the applied revisions named above and put the change in a new revision, or set "
            + "migrations.on-checksum-mismatch=warn (or ignore) to accept them."),
    /** Another session held the migration lock, or a statement waited too long for a table lock. */
    LOCKED("Another instance is migrating, or a session holds a lock the revision needs (named above). Wait for it or "
            + "end it, or raise migrations.lock-wait-timeout / migrations.lock-timeout."),
    /** The safety lint stopped the revisions before they ran. */
    LINT("Make the revisions named above safe (each finding says how), suppress a finding in the revision where it "
            + "is intended, or change migrations.lint.fail-on."),
    /** The migrated database differs from the model ({@code migrations.model-check=fail}). */
    MODEL("Write a revision for the differences (migrations revision --autogenerate --model <the model>), or change "
            + "the model to match; migrations.model-check=warn only logs them."),
    /** Revision files, the revision graph, a target or a setting are wrong. */
    INVALID_INPUT("Fix the revision files or migrations.* settings named above, then start the application again."),
    /** The application's setup (data sources, Spring Boot generation) does not fit. */
    SETUP("Change the application's setup as described above, then start it again."),
    /** Anything else the database refused. */
    DATABASE("Check the database named above and that the migration user may change it, then start the "
            + "application again.");

    private final String action;

    FailureReason(String action) {
        this.action = action;
    }

    /** What the user should do, for the failure analyzer's "Action". */
    public String action() {
        return action;
    }

    /** Classifies a failure. */
    public static FailureReason of(Throwable failure) {
        if (failure instanceof MigrationFailedException wrapped) {
            return wrapped.reason();
        }
        if (failure instanceof ConnectionException connection) {
            return of(connection.reason());
        }
        if (failure instanceof InvalidUrlException) {
            return INVALID_URL;
        }
        if (failure instanceof RunnerValidationException validation) {
            return validation.reason();
        }
        if (failure instanceof MigrationsConfigurationException) {
            return SETUP;
        }
        if (failure instanceof LintFailedException) {
            return LINT;
        }
        if (failure instanceof RunStoppedException) {
            return STOPPED;
        }
        if (failure instanceof LockException) {
            return LOCKED;
        }
        if (failure instanceof ValidationException validation) {
            return of(validation.problem());
        }
        if (failure instanceof DatabaseException database) {
            if (database.revision() != null) {
                return database instanceof LockTimeoutException ? LOCKED : REVISION_FAILED;
            }
            return unreachable(database) ? UNREACHABLE : DATABASE;
        }
        if (failure instanceof MigrationsException migrations) {
            return migrations.isUserError() ? INVALID_INPUT : DATABASE;
        }
        return DATABASE;
    }

    /** The reason of a validation finding. */
    static FailureReason of(ValidationException.Problem problem) {
        return switch (problem) {
            case PENDING -> PENDING;
            case UNKNOWN_REVISION -> UNKNOWN_REVISION;
            case EDITED -> EDITED;
        };
    }

    private static FailureReason of(ConnectionException.Reason reason) {
        return switch (reason) {
            case AUTHENTICATION, PASSWORD_REQUIRED -> LOGIN_REFUSED;
            case SSL_UNSUPPORTED -> SSL_UNAVAILABLE;
            case UNKNOWN_DATABASE -> DATABASE_MISSING;
            case INTERRUPTED -> STOPPED;
            case UNKNOWN_HOST, UNREACHABLE, TIMED_OUT, OTHER -> UNREACHABLE;
        };
    }

    private static boolean unreachable(DatabaseException failure) {
        String state = failure.sqlState() == null ? "" : failure.sqlState();
        if (state.startsWith("08") || state.startsWith("28") || state.equals("3D000") || state.equals("57P03")) {
            return true;
        }
        for (Throwable cause = failure.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof ConnectException || cause instanceof UnknownHostException
                    || cause instanceof SocketTimeoutException
                    || cause instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("08")) {
                return true;
            }
        }
        return false;
    }
}
