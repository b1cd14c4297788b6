package io.migrations.spring;

import io.migrations.api.MigrationsException;

/** The application's setup gives migrations nothing to run against, or several candidates and no choice. */
public class MigrationsConfigurationException extends MigrationsException {

    public MigrationsConfigurationException(String message) {
        super(message);
    }

    @Override
    public boolean isUserError() {
        return true;
    }
}
