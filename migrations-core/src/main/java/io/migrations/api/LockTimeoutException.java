package io.migrations.api;

import java.sql.SQLException;
import java.util.List;

/**
 * A revision's statement gave up waiting for a lock ({@code lock_timeout}, SQL state 55P03) on every
 * attempt; the revision was rolled back. The message names the blocking sessions and how to end them.
 */
public class LockTimeoutException extends DatabaseException {

    private final transient List<Session> blockers;

    public LockTimeoutException(String message, String revision, List<Session> blockers, SQLException cause) {
        super(message, revision, cause);
        this.blockers = List.copyOf(blockers);
    }

    /** The sessions last seen holding the lock; empty when they ended before they could be identified. */
    public List<Session> blockers() {
        return blockers;
    }
}
