package io.migrations.api;

/**
 * A setting names something the database does not have, or has as something else: a schema that does not exist, a
 * version or history table name taken by another table. Raised before anything runs.
 */
public class SettingException extends MigrationsException {

    public SettingException(String message) {
        super(message);
    }

    @Override
    public boolean isUserError() {
        return true;
    }
}
