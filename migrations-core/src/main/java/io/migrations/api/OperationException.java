package io.migrations.api;


/**
 * An operation that is malformed whatever the database: an identity column of a text type, a check without a
 * condition, a placeholder count that does not match the parameters. Raised while a revision records its operations,
 * so the stack trace points at the offending line of the revision class.
 */
public class OperationException extends MigrationsException {

    public OperationException(String message) {
        super(message);
    }

    @Override
    public boolean isUserError() {
        return true;
    }
}
