package io.migrations.spring.metrics;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.migrations.spring.MigrationRun;
import io.migrations.spring.MigrationRunListener;
import io.migrations.spring.MigrationRunner;
import java.util.Locale;

/**
 * Records every run as timer {@value #NAME}, tagged {@code runner} (the runner's {@link MigrationRunner#name() name}), {@code direction}
 * ({@code upgrade}, {@code downgrade}) and {@code outcome} ({@code success}, {@code failure}).
 */
public class MigrationTimer implements MigrationRunListener {

    /** Name of the timer. */
    public static final String NAME = "migrations.execution";

    private final MeterRegistry registry;

    public MigrationTimer(MeterRegistry registry) {
        this.registry = registry;
    }

    @Override
    public void finished(MigrationRunner runner, MigrationRun run) {
        Timer.builder(NAME)
                .description("Time taken by migration runs")
                .tag("runner", runner.name())
                .tag("direction", run.direction().name().toLowerCase(Locale.ROOT))
                .tag("outcome", run.succeeded() ? "success" : "failure")
                .register(registry)
                .record(run.duration());
    }
}
