package io.migrations.internal.plan;

import io.migrations.api.Direction;
import io.migrations.api.PlannedStep;
import io.migrations.api.Revision;
import java.util.List;
import java.util.Optional;

/**
 * One unit of work of a plan: run a revision's upgrade or downgrade (or nothing, for a stamp)
 * and change the version table accordingly.
 *
 * @param direction  upgrade, downgrade or stamp
 * @param revision   the revision whose script runs; for a stamp the revision stamped to, empty when stamping to base
 * @param from       revision ids the database moves away from, as Alembic prints them (dependencies left out)
 * @param to         revision ids the database moves to, as Alembic prints them
 * @param versionOps the version table changes to make in the same transaction
 */
public record Step(Direction direction, Optional<Revision> revision, List<String> from, List<String> to,
                   List<VersionOp> versionOps) {

    public Step {
        from = List.copyOf(from);
        to = List.copyOf(to);
        versionOps = List.copyOf(versionOps);
    }

    /** The step as the API shows it, without the version-table changes. */
    public PlannedStep planned() {
        return new PlannedStep(direction, revision, from, to);
    }

    /** Alembic's description, e.g. {@code upgrade 1a2b -> 3c4d, Add users} or {@code stamp_revision  -> 3c4d}. */
    public String describe() {
        return planned().describe();
    }

    /** The description without the message, as Alembic's offline scripts write it after {@code -- Running}. */
    public String shortDescription() {
        return planned().shortDescription();
    }
}
