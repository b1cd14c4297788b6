package io.migrations.spring.observation;

import io.micrometer.observation.Observation;
import io.migrations.api.Direction;
import io.migrations.api.PlannedStep;
import io.migrations.api.Revision;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What an observation of a migration knows: a whole run ({@value #RUN}), or one step of it ({@value #REVISION}),
 * observed as a child of its run.
 */
public final class MigrationObservationContext extends Observation.Context {

    /** Name of the observation of a run: an upgrade or downgrade of one runner, lock wait included. */
    public static final String RUN = "migrations.run";
    /** Name of the observation of one step: a revision's upgrade or downgrade, or a stamp. */
    public static final String REVISION = "migrations.revision";

    private final String runner;
    private final Direction direction;
    private final String target;
    private final @Nullable PlannedStep step;

    private MigrationObservationContext(String name, String runner, Direction direction, String target,
                                        @Nullable PlannedStep step) {
        this.runner = runner;
        this.direction = direction;
        this.target = target;
        this.step = step;
        setName(name);
    }

    /** A run of {@code runner} towards {@code target}. */
    public static MigrationObservationContext run(String runner, Direction direction, String target) {
        return new MigrationObservationContext(RUN, runner, direction, target, null);
    }

    /** One step of a run. */
    public static MigrationObservationContext step(MigrationObservationContext run, PlannedStep step) {
        return new MigrationObservationContext(REVISION, run.runner, step.direction(), run.target, step);
    }

    /** The runner's name. */
    public String runner() {
        return runner;
    }

    /** Upgrade or downgrade for a run; upgrade, downgrade or stamp for a step. */
    public Direction direction() {
        return direction;
    }

    /** The target of the run. */
    public String target() {
        return target;
    }

    /** The step, when this observes one; empty for a run. */
    public Optional<PlannedStep> step() {
        return Optional.ofNullable(step);
    }

    /** The step's revision id ({@code base} for a stamp to base); empty for a run. */
    public Optional<String> revision() {
        return step().map(planned -> planned.revision().map(Revision::id).orElse("base"));
    }
}
