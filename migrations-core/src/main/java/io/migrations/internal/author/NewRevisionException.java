package io.migrations.internal.author;

import io.migrations.api.MigrationsException;

/**
 * A new revision cannot be written as asked: its id or branch label is taken, a parent is not a head, there is no
 * folder or package to write it to, no model to generate it from. Fix the request and run again.
 */
public class NewRevisionException extends MigrationsException {

    public NewRevisionException(String message) {
        super(message);
    }

    @Override
    public boolean isUserError() {
        return true;
    }
}
