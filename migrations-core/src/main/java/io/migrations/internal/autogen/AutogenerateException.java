package io.migrations.internal.autogen;

import io.migrations.api.MigrationsException;

/** Autogenerate was asked something it cannot do: a bad {@code --rename}, a model that does not apply. */
public class AutogenerateException extends MigrationsException {

    public AutogenerateException(String message) {
        super(message);
    }

    public AutogenerateException(String message, Throwable cause) {
        super(message, cause);
    }

    @Override
    public boolean isUserError() {
        return true;
    }
}
