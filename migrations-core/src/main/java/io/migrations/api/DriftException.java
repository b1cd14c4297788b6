package io.migrations.api;


/** The drift check cannot set up its shadow database as asked. */
public class DriftException extends MigrationsException {

    public DriftException(String message) {
        super(message);
    }

    @Override
    public boolean isUserError() {
        return true;
    }
}
