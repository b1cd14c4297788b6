package io.migrations.api;

import java.util.List;

/**
 * The database and the revision files disagree: revisions are pending where none may be, an applied revision's file
 * was edited, or the database is at a revision the code does not have. Raised before anything runs.
 */
public class ValidationException extends MigrationsException {

    /** What kind of disagreement. */
    public enum Problem {
        /** Revisions wait to be applied (only a problem where the database must be at its target already). */
        PENDING,
        /** The database is at revisions the code does not have. */
        UNKNOWN_REVISION,
        /** Applied revisions' files changed since they ran. */
        EDITED
    }

    private final Problem problem;
    private final List<String> revisions;

    public ValidationException(Problem problem, String message, List<String> revisions) {
        super(message);
        this.problem = problem;
        this.revisions = List.copyOf(revisions);
    }

    /** What kind of disagreement this is. */
    public Problem problem() {
        return problem;
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
