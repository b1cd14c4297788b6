package io.migrations.api;

import java.util.List;

/**
 * How the database compares with the revision files, read without changing anything.
 *
 * @param current   revisions in the version table
 * @param heads     heads of the revision graph
 * @param pending   revisions an upgrade to the heads would apply, in order
 * @param unknown   revisions in the version table that the code does not have
 * @param edited    applied revisions whose file changed since they ran
 * @param lastRunFailed whether the most recent history row is a failure
 */
public record Status(List<String> current, List<String> heads, List<Revision> pending, List<String> unknown,
                     List<String> edited, boolean lastRunFailed) {

    /** Overall state, from worst to best. */
    public enum State {
        /** The last run failed. */
        FAILED,
        /** The database is at revisions the code does not have (a newer release migrated it). */
        AHEAD,
        /** Revisions wait to be applied. */
        PENDING,
        /** The database is at the heads. */
        UP_TO_DATE
    }

    public Status {
        current = List.copyOf(current);
        heads = List.copyOf(heads);
        pending = List.copyOf(pending);
        unknown = List.copyOf(unknown);
        edited = List.copyOf(edited);
    }

    /** The overall state. Edited files do not change it; they are reported through {@link #edited()}. */
    public State state() {
        if (lastRunFailed) {
            return State.FAILED;
        }
        if (!unknown.isEmpty()) {
            return State.AHEAD;
        }
        return pending.isEmpty() ? State.UP_TO_DATE : State.PENDING;
    }

    /** True when nothing is pending, unknown or edited. */
    public boolean isClean() {
        return pending.isEmpty() && unknown.isEmpty() && edited.isEmpty();
    }
}
