package io.migrations.spring;

import io.migrations.api.Direction;
import io.migrations.api.MigrationResult;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One finished call of {@link MigrationRunner#upgrade} or {@link MigrationRunner#downgrade}, successful or not.
 *
 * @param direction  upgrade or downgrade
 * @param target     the target asked for
 * @param finishedAt when the call returned or threw
 * @param duration   how long the call took, lock wait included
 * @param result     what ran, when it succeeded; null when it failed
 * @param failure    the error, when it failed; null when it succeeded
 */
public record MigrationRun(Direction direction, String target, Instant finishedAt, Duration duration,
                           @Nullable MigrationResult result, @Nullable RuntimeException failure) {

    public MigrationRun {
        Objects.requireNonNull(direction, "direction");
        Objects.requireNonNull(duration, "duration");
        if ((result == null) == (failure == null)) {
            throw new IllegalArgumentException("A run has either a result or a failure");
        }
    }

    /** True when the run completed. */
    public boolean succeeded() {
        return failure == null;
    }
}
