package io.migrations.spring.metrics;

import io.micrometer.core.instrument.MeterRegistry;
import io.migrations.spring.MigrationRunner;
import io.migrations.spring.MigrationsAutoConfiguration;
import java.util.Map;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration;
import org.springframework.boot.micrometer.metrics.autoconfigure.MetricsAutoConfiguration;
import org.springframework.boot.micrometer.metrics.autoconfigure.export.simple.SimpleMetricsExportAutoConfiguration;
import org.springframework.context.annotation.Bean;

/** Auto-configuration of Micrometer metrics for migrations, when Micrometer and a {@link MeterRegistry} are present. */
@AutoConfiguration(after = {MigrationsAutoConfiguration.class, MetricsAutoConfiguration.class,
        CompositeMeterRegistryAutoConfiguration.class, SimpleMetricsExportAutoConfiguration.class})
@ConditionalOnClass({MeterRegistry.class, MetricsAutoConfiguration.class, MigrationRunner.class})
@ConditionalOnBean({MeterRegistry.class, MigrationRunner.class})
public final class MigrationsMetricsAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    MigrationTimer migrationTimer(MeterRegistry registry) {
        return new MigrationTimer(registry);
    }

    @Bean
    @ConditionalOnMissingBean
    MigrationGauges migrationGauges(Map<String, MigrationRunner> runners) {
        return new MigrationGauges(runners);
    }
}
