package io.migrations.spring;

import io.migrations.spring.tenants.TenantsInitializer;
import java.util.Set;
import org.springframework.boot.sql.init.dependency.AbstractBeansOfTypeDatabaseInitializerDetector;

/**
 * Tells Spring Boot that {@link MigrationsInitializer} and {@link TenantsInitializer} beans initialize the database,
 * so that beans depending on database initialization are created after them.
 */
class MigrationsDatabaseInitializerDetector extends AbstractBeansOfTypeDatabaseInitializerDetector {

    @Override
    protected Set<Class<?>> getDatabaseInitializerBeanTypes() {
        return Set.of(MigrationsInitializer.class, TenantsInitializer.class);
    }

    @Override
    public int getOrder() {
        // Same place as Flyway's and Liquibase's detectors: before script-based initializers.
        return 1;
    }
}
