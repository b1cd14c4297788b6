package io.migrations.api;


/** The migration lock could not be taken in time; the message names who holds it and how to end it. */
public class LockException extends MigrationsException {

    private final String holder;

    public LockException(String message, String holder, Throwable cause) {
        super(message, cause);
        this.holder = holder;
    }

    /** Description of the session holding the lock, or null when unknown. */
    public String holder() {
        return holder;
    }

    @Override
    public boolean isUserError() {
        return false;
    }
}
