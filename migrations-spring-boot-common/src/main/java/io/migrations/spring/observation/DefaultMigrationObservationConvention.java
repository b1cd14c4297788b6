package io.migrations.spring.observation;

import io.micrometer.common.KeyValues;

/**
 * Keeps the observation's name ({@value MigrationObservationContext#RUN} or
 * {@value MigrationObservationContext#REVISION}) and adds low-cardinality {@code runner}, {@code direction} and
 * {@code outcome} ({@code success}, {@code failure}), the tags of the {@code migrations.execution} timer, and
 * high-cardinality {@code revision} for a step, {@code target} for a run. The contextual name, which tracing uses as
 * the span's, is e.g. {@code upgrade heads} or {@code upgrade a1 -> b2}.
 */
public class DefaultMigrationObservationConvention implements MigrationObservationConvention {

    @Override
    public KeyValues getLowCardinalityKeyValues(MigrationObservationContext context) {
        return KeyValues.of("runner", context.runner(), "direction", context.direction().label(),
                "outcome", context.getError() == null ? "success" : "failure");
    }

    @Override
    public KeyValues getHighCardinalityKeyValues(MigrationObservationContext context) {
        return context.revision().map(revision -> KeyValues.of("revision", revision))
                .orElseGet(() -> KeyValues.of("target", context.target()));
    }

    @Override
    public String getContextualName(MigrationObservationContext context) {
        return context.step().map(step -> step.shortDescription())
                .orElseGet(() -> context.direction().label() + " " + context.target());
    }
}
