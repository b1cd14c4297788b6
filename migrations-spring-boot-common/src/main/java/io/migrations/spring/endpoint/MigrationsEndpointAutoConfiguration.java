package io.migrations.spring.endpoint;

import io.migrations.spring.MigrationRunner;
import io.migrations.spring.MigrationRunners;
import io.migrations.spring.tenants.TenantMigrations;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.actuate.autoconfigure.endpoint.condition.ConditionalOnAvailableEndpoint;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * Auto-configuration of the {@code migrations} Actuator endpoint, when Actuator is present and the endpoint is
 * available ({@code management.endpoint.migrations.access} and exposure).
 */
@AutoConfiguration(afterName = "io.migrations.spring.MigrationsAutoConfiguration")
@ConditionalOnClass({MigrationRunner.class, ConditionalOnAvailableEndpoint.class})
@ConditionalOnAvailableEndpoint(MigrationsEndpoint.class)
public final class MigrationsEndpointAutoConfiguration {

    @Bean
    @ConditionalOnBean(MigrationRunner.class)
    @ConditionalOnMissingBean
    MigrationsEndpoint migrationsEndpoint(Map<String, MigrationRunner> runners, ObjectProvider<DriftProbe> drift,
                                          ObjectProvider<ModelProbe> model,
                                          ObjectProvider<TenantMigrations> tenants) {
        return new MigrationsEndpoint(MigrationRunners.byName(runners.values()),
                drift.getIfAvailable(() -> DriftProbe.OFF),
                model.getIfAvailable(() -> ModelProbe.OFF), tenants.getIfAvailable());
    }
}
