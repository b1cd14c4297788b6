package io.migrations.spring.observation;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationConvention;

/**
 * Names and key values of migration observations; a bean of this type replaces
 * {@link DefaultMigrationObservationConvention}.
 */
public interface MigrationObservationConvention extends ObservationConvention<MigrationObservationContext> {

    @Override
    default boolean supportsContext(Observation.Context context) {
        return context instanceof MigrationObservationContext;
    }
}
