package io.migrations.internal.script;

/** How a revision's statements run: each direction in one transaction, or one by one in autocommit. */
public enum Transaction {

    /** Each direction in one transaction, the default. */
    ONE_PER_DIRECTION,

    /** Statement by statement in autocommit ({@code transactional: false}). */
    NONE;

    /** The mode a {@code transactional} header or annotation value asks for. */
    public static Transaction of(boolean transactional) {
        return transactional ? ONE_PER_DIRECTION : NONE;
    }

    /** Why {@code command} is refused in a transactional revision, and the two ways out. */
    static String refusal(String command, String nonTransactional) {
        return command + " inside a revision that runs in one transaction: it ends or opens a transaction of its "
                + "own, so a later failure could no longer roll the whole revision back. Remove it (the tool already "
                + "runs the revision in one transaction), or " + nonTransactional + " to run it statement by "
                + "statement and manage transactions yourself";
    }
}
