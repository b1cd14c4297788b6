package io.migrations.internal.platform;

import java.util.List;
import java.util.OptionalInt;

/**
 * What a run learns of its connection's session before its first revision, in one look.
 *
 * @param resetStatements statements that put back, after each revision, the session settings a revision may change
 *                        and the next must not inherit, with their values now
 * @param checksWrites    whether {@link Database#oneRowWrite} statements can run in this session
 * @param backendPid      the server process of the session, whose statements a {@link BlockerWatch} watches
 */
public record RunSession(List<String> resetStatements, boolean checksWrites, OptionalInt backendPid) {

    /** Nothing to put back, every write checked by the client, and no process to watch. */
    public static final RunSession NONE = new RunSession(List.of(), false, OptionalInt.empty());

    public RunSession {
        resetStatements = List.copyOf(resetStatements);
    }
}
