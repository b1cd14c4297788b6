package io.migrations.spring;

import io.migrations.api.MigrationsException;
import org.springframework.boot.ExitCodeGenerator;

/**
 * A migration step run by the application itself (at startup, when ready, in a migrate-only run, or while loading
 * the revisions) failed. Its exit code follows the CLI's: 2 when revision files, targets or settings are at fault,
 * 1 otherwise; {@link #reason()} says which kind of failure it is.
 */
public class MigrationFailedException extends MigrationsException implements ExitCodeGenerator {

    private final boolean userError;
    private final FailureReason reason;

    /**
     * @param database where it ran, password masked, e.g. {@code jdbc:postgresql://db:5432/app}
     * @param cause    the error of the run
     * @param reason   what kind of failure it is
     */
    public MigrationFailedException(String database, RuntimeException cause, FailureReason reason) {
        super("Migrating " + database + " failed: " + cause.getMessage(), cause);
        this.userError = cause instanceof MigrationsException m && m.isUserError();
        this.reason = reason;
    }

    /** What kind of failure it is. */
    public FailureReason reason() {
        return reason;
    }

    @Override
    public boolean isUserError() {
        return userError;
    }

    @Override
    public int getExitCode() {
        return userError ? 2 : 1;
    }
}
