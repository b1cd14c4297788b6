package io.migrations.spring.health;

import io.migrations.spring.MigrationRunner;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;

/** Spring Boot 4's health indicator of one {@link MigrationRunner}'s database; see {@link MigrationHealth}. */
public class MigrationsHealthIndicator extends AbstractHealthIndicator {

    private final MigrationRunner runner;

    public MigrationsHealthIndicator(MigrationRunner runner) {
        super("Could not read the migration status");
        this.runner = runner;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        MigrationHealth health = MigrationHealth.of(runner);
        builder.status(new Status(health.status())).withDetails(health.details());
    }
}
