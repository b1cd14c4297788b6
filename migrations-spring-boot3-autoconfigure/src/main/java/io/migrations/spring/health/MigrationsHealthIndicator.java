package io.migrations.spring.health;

import io.migrations.spring.MigrationRunner;
import io.migrations.spring.tenants.TenantMigrations;
import java.util.function.Supplier;
import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.Status;

/** Spring Boot 3's health indicator of one {@link MigrationRunner}'s database; see {@link MigrationHealth}. */
public class MigrationsHealthIndicator extends AbstractHealthIndicator {

    private final Supplier<MigrationHealth> health;

    public MigrationsHealthIndicator(MigrationRunner runner) {
        this(() -> MigrationHealth.of(runner));
    }

    /** @param health reads the health, e.g. of the tenants ({@link MigrationHealth#of(TenantMigrations)}) */
    public MigrationsHealthIndicator(Supplier<MigrationHealth> health) {
        super("Could not read the migration status");
        this.health = health;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        MigrationHealth read = health.get();
        builder.status(new Status(read.status())).withDetails(read.details());
    }
}
