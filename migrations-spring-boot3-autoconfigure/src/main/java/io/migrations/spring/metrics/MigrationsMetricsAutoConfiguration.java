package io.migrations.spring.metrics;

import io.micrometer.core.instrument.MeterRegistry;
import io.migrations.spring.MigrationRunner;
import io.migrations.spring.MigrationsAutoConfiguration;
import org.springframework.boot.actuate.autoconfigure.metrics.CompositeMeterRegistryAutoConfiguration;
import org.springframework.boot.actuate.autoconfigure.metrics.MetricsAutoConfiguration;
import org.springframework.boot.actuate.autoconfigure.metrics.export.simple.SimpleMetricsExportAutoConfiguration;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.context.annotation.Import;

/** Micrometer metrics for migrations on Spring Boot 3.5, when Micrometer and a {@link MeterRegistry} are present. */
@AutoConfiguration(after = {MigrationsAutoConfiguration.class, MetricsAutoConfiguration.class,
        CompositeMeterRegistryAutoConfiguration.class, SimpleMetricsExportAutoConfiguration.class})
@ConditionalOnClass({MeterRegistry.class, MetricsAutoConfiguration.class, MigrationRunner.class})
@ConditionalOnBean({MeterRegistry.class, MigrationRunner.class})
@Import(MigrationsMetricsConfiguration.class)
public final class MigrationsMetricsAutoConfiguration {
}
