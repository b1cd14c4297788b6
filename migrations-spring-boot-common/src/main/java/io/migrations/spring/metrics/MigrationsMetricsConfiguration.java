package io.migrations.spring.metrics;

import io.micrometer.core.instrument.MeterRegistry;
import io.migrations.spring.MigrationRunner;
import io.migrations.spring.MigrationRunners;
import java.util.Map;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The metrics beans of {@code MigrationsMetricsAutoConfiguration}, the same on every Spring Boot generation; each
 * generation's auto-configuration imports it, ordered after its own metrics auto-configuration.
 */
@Configuration(proxyBeanMethods = false)
public class MigrationsMetricsConfiguration {

    @Bean
    @ConditionalOnMissingBean
    MigrationTimer migrationTimer(MeterRegistry registry) {
        return new MigrationTimer(registry);
    }

    @Bean
    @ConditionalOnMissingBean
    MigrationGauges migrationGauges(Map<String, MigrationRunner> runners) {
        return new MigrationGauges(MigrationRunners.byName(runners.values()));
    }
}
