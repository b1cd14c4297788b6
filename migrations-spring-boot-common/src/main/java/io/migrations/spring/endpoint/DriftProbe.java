package io.migrations.spring.endpoint;

import io.migrations.spring.MigrationRunner;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Supplies the optional drift section of the {@code migrations} endpoint. Off unless {@code migrations.drift.enabled}
 * is set, because a check replays every revision into a shadow database.
 */
@FunctionalInterface
public interface DriftProbe {

    /** No drift section. */
    DriftProbe OFF = runner -> Optional.empty();

    /** The drift of the runner's database, or empty when drift is not reported. */
    Optional<DriftDescriptor> check(MigrationRunner runner);

    /**
     * The drift section of one data source.
     *
     * @param drift       whether the database differs from its revisions; false when the check failed
     * @param replayedTo  the revisions replayed into the shadow database
     * @param differences one line per difference
     * @param error       why the check could not run, or null
     */
    record DriftDescriptor(boolean drift, List<String> replayedTo, List<String> differences, @Nullable String error) {
    }
}
