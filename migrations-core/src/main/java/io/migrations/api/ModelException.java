package io.migrations.api;

/**
 * A model given to autogenerate, {@code diff} or {@code check --model} cannot be built: nothing found where it points,
 * or a {@link ModelProvider} that could not turn it into DDL. The message names the model and what to change.
 */
public class ModelException extends MigrationsException {

    public ModelException(String message) {
        super(message);
    }

    public ModelException(String message, Throwable cause) {
        super(message, cause);
    }

    @Override
    public boolean isUserError() {
        return true;
    }
}
