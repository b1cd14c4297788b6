package io.migrations.spring.metrics;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import io.migrations.api.Status;
import io.migrations.spring.MigrationRunner;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.ToIntFunction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Gauges {@value #PENDING} and {@value #APPLIED} per {@link MigrationRunner}, tagged {@code runner} with its bean
 * name. Each reading queries the database; a database that cannot be read gives NaN.
 */
public class MigrationGauges implements MeterBinder {

    /** Revisions an upgrade to the heads would apply. */
    public static final String PENDING = "migrations.pending";
    /** Revisions the database has. */
    public static final String APPLIED = "migrations.applied";

    private static final Logger log = LoggerFactory.getLogger(MigrationGauges.class);

    private final Map<String, MigrationRunner> runners;

    /** @param runners the runners by bean name */
    public MigrationGauges(Map<String, MigrationRunner> runners) {
        this.runners = new TreeMap<>(runners);
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        runners.forEach((name, runner) -> {
            gauge(registry, PENDING, "Revisions waiting to be applied", name, runner, status -> status.pending().size());
            gauge(registry, APPLIED, "Revisions applied to the database", name, runner,
                    status -> runner.applied(status).size());
        });
    }

    private static void gauge(MeterRegistry registry, String metric, String description, String name,
                              MigrationRunner runner, ToIntFunction<Status> count) {
        Gauge.builder(metric, runner, r -> read(r, count))
                .description(description)
                .tag("runner", name)
                .strongReference(true)
                .register(registry);
    }

    private static double read(MigrationRunner runner, ToIntFunction<Status> count) {
        try {
            return count.applyAsInt(runner.status());
        } catch (RuntimeException e) {
            log.debug("Could not read the migration status for metrics: {}", e.getMessage());
            return Double.NaN;
        }
    }
}
