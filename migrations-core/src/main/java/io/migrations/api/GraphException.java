package io.migrations.api;

import java.util.List;

/**
 * The revisions do not form a valid graph: duplicate ids, missing parents or dependencies, cycles.
 * The message names the revisions and their files.
 */
public class GraphException extends MigrationsException {

    private final List<String> revisions;

    public GraphException(String message, List<String> revisions) {
        super(message);
        this.revisions = List.copyOf(revisions);
    }

    /** Ids of the revisions involved. */
    public List<String> revisions() {
        return revisions;
    }

    @Override
    public boolean isUserError() {
        return true;
    }
}
