package io.migrations.spring.metrics;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import io.migrations.api.Verdict;
import io.migrations.spring.MigrationRunner;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.ToIntFunction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Gauges {@value #PENDING} and {@value #APPLIED} per {@link MigrationRunner}, tagged {@code runner} with its bean
 * name. Both read one verdict per runner against its target ({@link MigrationRunner#check()}), kept for {@link #DEFAULT_TTL} (or until the runner runs again in this
 * process) so that frequent scrapes do not each query the database; a database that cannot be read gives NaN.
 */
public class MigrationGauges implements MeterBinder {

    /** Revisions an upgrade to the runner's target would apply. */
    public static final String PENDING = "migrations.pending";
    /** Revisions the database has. */
    public static final String APPLIED = "migrations.applied";

    private static final Logger log = LoggerFactory.getLogger(MigrationGauges.class);

    /** How long a verdict read for the gauges is reused. */
    public static final Duration DEFAULT_TTL = Duration.ofSeconds(5);

    private final Map<String, MigrationRunner> runners;
    private final Duration ttl;
    private final Map<MigrationRunner, Reading> readings = new ConcurrentHashMap<>();

    /** @param runners the runners by bean name */
    public MigrationGauges(Map<String, MigrationRunner> runners) {
        this(runners, DEFAULT_TTL);
    }

    /**
     * @param runners the runners by bean name
     * @param ttl     how long a verdict read is reused
     */
    public MigrationGauges(Map<String, MigrationRunner> runners, Duration ttl) {
        this.runners = new TreeMap<>(runners);
        this.ttl = ttl;
    }

    /** A verdict and when it was read (monotonic, and wall clock to compare with the runner's last run). */
    private record Reading(Verdict verdict, long readAt, Instant readAtInstant) {

        boolean staleFor(MigrationRunner runner, long now, Duration ttl) {
            return now - readAt >= ttl.toNanos()
                    || runner.lastRun().map(run -> !run.finishedAt().isBefore(readAtInstant)).orElse(false);
        }
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        runners.forEach((name, runner) -> {
            gauge(registry, PENDING, "Revisions waiting to be applied", name, runner, verdict -> verdict.pending().size());
            gauge(registry, APPLIED, "Revisions applied to the database", name, runner,
                    verdict -> runner.applied(verdict).size());
        });
    }

    private Verdict verdict(MigrationRunner runner) {
        long now = System.nanoTime();
        Reading reading = readings.get(runner);
        // A run of this process changes what the database has: read again after it, whatever the time to live.
        if (reading == null || reading.staleFor(runner, now, ttl)) {
            reading = new Reading(runner.check(), now, Instant.now());
            readings.put(runner, reading);
        }
        return reading.verdict();
    }

    private void gauge(MeterRegistry registry, String metric, String description, String name,
                              MigrationRunner runner, ToIntFunction<Verdict> count) {
        Gauge.builder(metric, runner, r -> read(r, count))
                .description(description)
                .tag("runner", name)
                .strongReference(true)
                .register(registry);
    }

    private double read(MigrationRunner runner, ToIntFunction<Verdict> count) {
        try {
            return count.applyAsInt(verdict(runner));
        } catch (RuntimeException e) {
            log.debug("Could not read the migration status for metrics: {}", e.getMessage());
            return Double.NaN;
        }
    }
}
