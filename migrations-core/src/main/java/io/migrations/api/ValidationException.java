package io.migrations.api;

import java.util.List;

/**
 * The database and the revision files disagree: an applied revision's file was edited, or the
 * database is at a revision the code does not have. Raised before anything runs.
 */
public class ValidationException extends MigrationsException {

    private final List<String> revisions;

    public ValidationException(String message, List<String> revisions) {
        super(message);
        this.revisions = List.copyOf(revisions);
    }

    /** The revisions at fault. */
    public List<String> revisions() {
        return revisions;
    }

    @Override
    public boolean isUserError() {
        return true;
    }
}
