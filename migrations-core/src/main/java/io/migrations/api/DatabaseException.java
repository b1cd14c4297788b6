package io.migrations.api;

import java.sql.SQLException;
import org.jspecify.annotations.Nullable;

/**
 * The database refused something: a revision's statement failed, a connection could not be opened,
 * the version table could not be read. Carries the revision, statement and SQL state when known.
 */
public class DatabaseException extends MigrationsException {

    private final @Nullable String revision;
    private final @Nullable String sqlState;

    public DatabaseException(String message, @Nullable String revision, @Nullable SQLException cause) {
        super(message, cause);
        this.revision = revision;
        this.sqlState = cause == null ? null : cause.getSQLState();
    }

    public DatabaseException(String message, @Nullable SQLException cause) {
        this(message, null, cause);
    }

    /** Revision being applied when the error happened, or null. */
    public @Nullable String revision() {
        return revision;
    }

    /** SQL state of the underlying error, or null. */
    public @Nullable String sqlState() {
        return sqlState;
    }

    @Override
    public boolean isUserError() {
        return false;
    }
}
