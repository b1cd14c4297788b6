package io.migrations.api;


/** A database URL of no supported form; the message shows it with the password masked. */
public class InvalidUrlException extends MigrationsException {

    public InvalidUrlException(String message) {
        super(message);
    }

    @Override
    public boolean isUserError() {
        return true;
    }
}
