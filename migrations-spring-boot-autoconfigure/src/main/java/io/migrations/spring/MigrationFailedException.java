package io.migrations.spring;

import io.migrations.api.MigrationsException;
import org.springframework.boot.ExitCodeGenerator;

/**
 * A migration run by the application itself (at startup, when ready, or in a migrate-only run) failed.
 * Its exit code follows the CLI's: 2 when revision files, targets or settings are at fault, 1 otherwise.
 */
public class MigrationFailedException extends MigrationsException implements ExitCodeGenerator {

    private final boolean userError;

    /**
     * @param database where it ran, masked, e.g. {@code jdbc:postgresql://db:5432/app}
     * @param cause    the error of the run
     */
    public MigrationFailedException(String database, RuntimeException cause) {
        super("Migrating " + database + " failed: " + cause.getMessage(), cause);
        this.userError = cause instanceof MigrationsException m && m.isUserError();
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
