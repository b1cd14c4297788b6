package io.migrations.internal.graph;

/**
 * Where resolving or walking a target lands: on a revision, or on one of the two answers of Alembic's that are
 * none: {@link #NOTHING} (its {@code None}: no revision, as for {@code base}, or a walk that went past either end)
 * and {@link #BELOW_BASE} (the string {@code "base"} that a downward walk produces below a root).
 */
sealed interface Position permits Position.At, Position.Off {

    /** Alembic's {@code None}. */
    Position NOTHING = Off.NOTHING;

    /** Alembic's {@code "base"} from a downward walk. */
    Position BELOW_BASE = Off.BELOW_BASE;

    /** The revision at {@code node}. */
    static Position at(int node) {
        return new At(node);
    }

    /**
     * A revision.
     *
     * @param node its index in the graph
     */
    record At(int node) implements Position {
    }

    /** The answers that are no revision. */
    enum Off implements Position { NOTHING, BELOW_BASE }
}
