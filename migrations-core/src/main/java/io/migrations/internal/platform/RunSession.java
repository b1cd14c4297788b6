package io.migrations.internal.platform;

import java.util.List;
import java.util.OptionalInt;

/**
 * What a run learns of its connection's session before its first revision, in one look.
 *
 * @param resetStatements statements that put back, after each revision, the session settings a revision may change
 *                        and the next must not inherit, with their values now
 * @param commits         how far the commit of a transactional revision can travel with its statements
 * @param backendPid      the server process of the session, whose statements a {@link BlockerWatch} watches
 */
public record RunSession(List<String> resetStatements, Commits commits, OptionalInt backendPid) {

    /** Nothing to put back, every write checked by the client, and no process to watch. */
    public static final RunSession NONE = new RunSession(List.of(), Commits.AFTER_CLIENT_CHECK, OptionalInt.empty());

    public RunSession {
        resetStatements = List.copyOf(resetStatements);
    }

    /** Whether {@link Database#oneRowWrite} statements can run in this session. */
    public boolean checksWrites() {
        return commits != Commits.AFTER_CLIENT_CHECK;
    }

    /** Whether consecutive revisions, each in its own transaction, may be sent together (see {@link Commits#WITH_CHAIN}). */
    public boolean chainsRevisions() {
        return commits == Commits.WITH_CHAIN;
    }

    /** Where a transactional revision's commit can go. */
    public enum Commits {
        /** After the client has read the version table's change counts: a round trip of its own. */
        AFTER_CLIENT_CHECK,
        /** With the revision's statements: the database checks the version table's changes itself. */
        WITH_REVISION,
        /**
         * As {@link #WITH_REVISION}, and the driver sends a batch so that the server skips everything after a failed
         * statement: several revisions, each in its own transaction, can travel in one round trip.
         */
        WITH_CHAIN
    }
}
