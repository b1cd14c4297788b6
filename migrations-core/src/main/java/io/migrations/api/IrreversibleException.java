package io.migrations.api;


/** A downgrade would pass through a revision that has no downgrade; raised before anything runs. */
public class IrreversibleException extends MigrationsException {

    public IrreversibleException(String message) {
        super(message);
    }

    @Override
    public boolean isUserError() {
        return true;
    }
}
