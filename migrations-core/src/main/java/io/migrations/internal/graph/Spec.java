package io.migrations.internal.graph;

import java.util.List;

/**
 * What Alembic passes around as "a revision identifier": either one string (a target as written) or a tuple of
 * revision ids (the current heads). Several code paths branch on which of the two they got.
 */
sealed interface Spec permits Spec.Text, Spec.Ids {

    /** Alembic's {@code util.to_tuple}. */
    List<String> toTuple();

    record Text(String text) implements Spec {
        @Override
        public List<String> toTuple() {
            return List.of(text);
        }
    }

    record Ids(List<String> ids) implements Spec {
        public Ids {
            ids = List.copyOf(ids);
        }

        @Override
        public List<String> toTuple() {
            return ids;
        }
    }
}
