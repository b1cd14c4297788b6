package io.migrations.spring.tenants;

import io.migrations.spring.FailureReason;
import io.migrations.spring.MigrationFailedException;
import io.migrations.spring.MigrationsProperties;
import io.migrations.spring.StartupAction;
import org.springframework.beans.factory.InitializingBean;

/**
 * Migrates the tenants while the context starts, when the application migrates at startup ('startup' mode and
 * migrate-only runs), after the application's own database; beans that use the database are created after it. A
 * failure stops the start naming the failed tenants, with exit code 1 (2 for a schema name that is not a plain
 * identifier or a failing {@code schemas-query}).
 */
public class TenantsInitializer implements InitializingBean {

    private final TenantMigrations tenants;
    private final MigrationsProperties properties;
    private final String database;

    /** @param database the tenants' database, password masked, for the error */
    public TenantsInitializer(TenantMigrations tenants, MigrationsProperties properties, String database) {
        this.tenants = tenants;
        this.properties = properties;
        this.database = database;
    }

    @Override
    public void afterPropertiesSet() {
        if (StartupAction.of(properties) != StartupAction.MIGRATE) {
            return;
        }
        try {
            tenants.migrate();
        } catch (RuntimeException e) {
            throw new MigrationFailedException("the tenants of " + database, e, FailureReason.of(e));
        }
    }
}
