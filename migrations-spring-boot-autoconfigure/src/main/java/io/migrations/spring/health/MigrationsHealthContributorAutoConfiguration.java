package io.migrations.spring.health;

import io.migrations.spring.MigrationRunner;
import io.migrations.spring.MigrationRunners;
import io.migrations.spring.MigrationsAutoConfiguration;
import io.migrations.spring.tenants.TenantMigrations;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.health.autoconfigure.contributor.CompositeHealthContributorConfiguration;
import org.springframework.boot.health.autoconfigure.contributor.ConditionalOnEnabledHealthIndicator;
import org.springframework.boot.health.contributor.HealthContributor;
import org.springframework.context.annotation.Bean;

/**
 * Auto-configuration of the {@code migrations} health contributor: one {@link MigrationsHealthIndicator} per
 * {@link MigrationRunner}, grouped by runner name when there are several, and {@code migrationsTenants} for the
 * tenants when there are any. Switched off by
 * {@code management.health.migrations.enabled=false}.
 */
@AutoConfiguration(after = MigrationsAutoConfiguration.class)
@ConditionalOnClass({MigrationRunner.class, ConditionalOnEnabledHealthIndicator.class})
@ConditionalOnBean(MigrationRunner.class)
@ConditionalOnEnabledHealthIndicator("migrations")
public final class MigrationsHealthContributorAutoConfiguration
        extends CompositeHealthContributorConfiguration<MigrationsHealthIndicator, MigrationRunner> {

    MigrationsHealthContributorAutoConfiguration() {
        super(MigrationsHealthIndicator::new);
    }

    @Bean
    @ConditionalOnMissingBean(name = {"migrationsHealthIndicator", "migrationsHealthContributor"})
    HealthContributor migrationsHealthContributor(ObjectProvider<MigrationRunner> runners) {
        return createContributor(MigrationRunners.byName(runners.orderedStream().toList()));
    }

    /** The tenants' health, as component {@code migrationsTenants}: DOWN when a tenant failed. */
    @Bean
    @ConditionalOnBean(TenantMigrations.class)
    @ConditionalOnMissingBean(name = "migrationsTenantsHealthIndicator")
    MigrationsHealthIndicator migrationsTenantsHealthIndicator(TenantMigrations tenants) {
        return new MigrationsHealthIndicator(() -> MigrationHealth.of(tenants));
    }
}
