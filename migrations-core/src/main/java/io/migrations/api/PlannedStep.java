package io.migrations.api;

import java.util.List;
import java.util.Optional;

/**
 * One step of a plan: run a revision's upgrade or downgrade, or only rewrite the version table (a stamp).
 *
 * @param direction upgrade, downgrade or stamp
 * @param revision  the revision whose script runs; for a stamp the revision stamped to, empty when stamping to base
 * @param from      revision ids the database moves away from, as Alembic prints them (dependencies left out)
 * @param to        revision ids the database moves to, as Alembic prints them
 */
public record PlannedStep(Direction direction, Optional<Revision> revision, List<String> from, List<String> to) {

    public PlannedStep {
        from = List.copyOf(from);
        to = List.copyOf(to);
    }

    /** Alembic's description, e.g. {@code upgrade 1a2b -> 3c4d, Add users} or {@code stamp_revision  -> 3c4d}. */
    public String describe() {
        String text = shortDescription();
        if (direction != Direction.STAMP && revision.isPresent() && !revision.get().message().isEmpty()) {
            text += ", " + revision.get().message();
        }
        return text;
    }

    /**
     * The description without the message, as Alembic's offline scripts write it after {@code -- Running}:
     * {@code upgrade 1a2b -> 3c4d}.
     */
    public String shortDescription() {
        String name = direction == Direction.STAMP ? "stamp_revision" : direction.label();
        return name + " " + String.join(", ", from) + " -> " + String.join(", ", to);
    }
}
