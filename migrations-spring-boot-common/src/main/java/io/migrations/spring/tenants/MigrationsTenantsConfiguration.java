package io.migrations.spring.tenants;

import io.migrations.internal.fleet.FleetPolicy;
import io.migrations.spring.MigrationRunner;
import io.migrations.spring.MigrationsConfigurationException;
import io.migrations.spring.MigrationsInitializer;
import io.migrations.spring.MigrationsProperties;
import java.util.OptionalInt;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The tenant beans of {@code MigrationsAutoConfiguration}, the same on every Spring Boot generation: a
 * {@link TenantSource} from {@code migrations.tenants.schemas-query} unless the application defines one, and, when
 * there is a source, the {@link TenantMigrations} and the {@link TenantsInitializer} that runs them at startup.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(MigrationsTenantsProperties.class)
public class MigrationsTenantsConfiguration {

    private static final Logger log = LoggerFactory.getLogger(MigrationsTenantsConfiguration.class);
    private static final String QUERY = "migrations.tenants.schemas-query";
    private static final int CONNECTIONS_PER_TENANT = 2;

    @Bean
    @ConditionalOnMissingBean
    @ConditionalOnProperty(QUERY)
    TenantSource migrationsTenantSource(MigrationsTenantsProperties properties, ObjectProvider<MigrationRunner> runners) {
        return new QueryTenantSource(properties.getSchemasQuery(), runner(runners).migrations().config().dataSource());
    }

    @Bean
    @ConditionalOnMissingBean
    @ConditionalOnBean(TenantSource.class)
    TenantMigrations tenantMigrations(TenantSource source, MigrationsTenantsProperties properties,
                                      ObjectProvider<MigrationRunner> runners, ListableBeanFactory beans) {
        MigrationRunner runner = runner(runners);
        FleetPolicy policy = fitToPool(policy(properties),
                PoolSize.max(runner.migrations().config().dataSource(), beans));
        return new TenantMigrations(runner, source,
                source instanceof QueryTenantSource ? QUERY : "the TenantSource bean", policy);
    }

    /**
     * A tenant holds two connections while it runs (its work and its lock): more tenants at once than half the pool
     * would each hold one and wait for a second until the pool's timeout.
     */
    private static FleetPolicy fitToPool(FleetPolicy policy, OptionalInt poolSize) {
        if (poolSize.isEmpty()) {
            return policy;
        }
        FleetPolicy fitted = policy.fitTo(poolSize.getAsInt(), CONNECTIONS_PER_TENANT);
        if (fitted != policy) {
            log.warn("migrations.tenants.parallel is {}, but each tenant holds {} connections while it runs and the "
                    + "data source's pool lends at most {}: migrating {} tenants at once. Raise the pool's maximum "
                    + "size (spring.datasource.hikari.maximum-pool-size) to run more.", policy.parallel(),
                    CONNECTIONS_PER_TENANT, poolSize.getAsInt(), fitted.parallel());
        }
        return fitted;
    }

    /** After the application's own database (its initializer is created first). */
    @Bean
    @ConditionalOnMissingBean
    @ConditionalOnBean(TenantMigrations.class)
    TenantsInitializer tenantsInitializer(TenantMigrations tenants, MigrationsProperties properties,
                                          ObjectProvider<MigrationRunner> runners,
                                          ObjectProvider<MigrationsInitializer> initializer) {
        initializer.getIfAvailable();
        return new TenantsInitializer(tenants, properties, runner(runners).url());
    }

    private static MigrationRunner runner(ObjectProvider<MigrationRunner> runners) {
        MigrationRunner runner = runners.getIfUnique();
        if (runner == null) {
            throw new MigrationsConfigurationException("migrations.tenants (or a TenantSource bean) migrates the "
                    + "schemas of one data source with its runner's revisions, but there is not exactly one "
                    + "MigrationRunner. Configure one runner (not several under migrations.datasources).");
        }
        return runner;
    }

    static FleetPolicy policy(MigrationsTenantsProperties properties) {
        if (properties.getParallel() < 1) {
            throw new MigrationsConfigurationException("migrations.tenants.parallel must be 1 or more, got "
                    + properties.getParallel() + ".");
        }
        int maxFailures = FleetPolicy.maxFailures(properties.getMaxFailures()).orElseThrow(
                () -> new MigrationsConfigurationException("migrations.tenants.max-failures must be a positive number "
                        + "or 'all', got '" + properties.getMaxFailures() + "'."));
        if (properties.getCanary() < 0) {
            throw new MigrationsConfigurationException("migrations.tenants.canary must be 0 or more, got "
                    + properties.getCanary() + ".");
        }
        return new FleetPolicy(properties.getParallel(), maxFailures, properties.getCanary());
    }
}
