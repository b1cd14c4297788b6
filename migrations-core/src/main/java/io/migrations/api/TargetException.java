package io.migrations.api;

import java.util.List;

/**
 * A target cannot be resolved: unknown id, ambiguous prefix, several heads where one is needed,
 * a relative step past the base or head, a downgrade target that is not an ancestor.
 */
public class TargetException extends MigrationsException {

    private final String target;
    private final List<String> candidates;

    public TargetException(String target, String message, List<String> candidates) {
        super(message);
        this.target = target;
        this.candidates = List.copyOf(candidates);
    }

    /** The target as the user wrote it. */
    public String target() {
        return target;
    }

    /** Revisions the target could have meant (ambiguous prefix, multiple heads); may be empty. */
    public List<String> candidates() {
        return candidates;
    }

    @Override
    public boolean isUserError() {
        return true;
    }
}
