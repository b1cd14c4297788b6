package io.migrations.internal.platform;

import java.util.List;

/**
 * What a run learns of its connection's session before its first revision, in one look.
 *
 * @param resetStatements statements that put back, after each revision, the session settings a revision may change
 *                        and the next must not inherit, with their values now
 * @param checksWrites    whether {@link Database#oneRowWrite} statements can run in this session
 */
public record RunSession(List<String> resetStatements, boolean checksWrites) {

    /** Nothing to put back, and every write checked by the client. */
    public static final RunSession NONE = new RunSession(List.of(), false);

    public RunSession {
        resetStatements = List.copyOf(resetStatements);
    }
}
