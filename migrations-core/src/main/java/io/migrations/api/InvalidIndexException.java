package io.migrations.api;

import java.sql.SQLException;
import java.util.List;

/**
 * A non-transactional revision left invalid indexes behind (typically a failed
 * {@code CREATE INDEX CONCURRENTLY}); the revision was not recorded as applied.
 */
public class InvalidIndexException extends DatabaseException {

    private final transient List<InvalidIndex> indexes;

    public InvalidIndexException(String message, String revision, List<InvalidIndex> indexes, SQLException cause) {
        super(message, revision, cause);
        this.indexes = List.copyOf(indexes);
    }

    /** The invalid indexes the revision left. */
    public List<InvalidIndex> indexes() {
        return indexes;
    }
}
