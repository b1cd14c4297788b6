package io.migrations.cli;

import io.migrations.api.MigrationsException;

/**
 * A problem with what the command was asked to do, found by the CLI itself: a missing folder, an existing file,
 * options that do not go together. The CLI exits with 2.
 */
public class CliException extends MigrationsException {

    public CliException(String message) {
        super(message);
    }

    @Override
    public boolean isUserError() {
        return true;
    }
}
