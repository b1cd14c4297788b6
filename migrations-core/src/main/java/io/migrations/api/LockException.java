package io.migrations.api;

import org.jspecify.annotations.Nullable;


/** The migration lock could not be taken in time; the message names who holds it and how to end it. */
public class LockException extends MigrationsException {

    private final @Nullable String holder;

    public LockException(String message, @Nullable String holder, @Nullable Throwable cause) {
        super(message, cause);
        this.holder = holder;
    }

    /** Description of the session holding the lock, or null when unknown. */
    public @Nullable String holder() {
        return holder;
    }

    @Override
    public boolean isUserError() {
        return false;
    }
}
