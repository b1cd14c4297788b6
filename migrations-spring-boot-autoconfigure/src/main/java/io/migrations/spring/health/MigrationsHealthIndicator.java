package io.migrations.spring.health;

import io.migrations.api.Revision;
import io.migrations.api.Status;
import io.migrations.spring.MigrationRunner;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;

/**
 * Health of one {@link MigrationRunner}'s database: UP at the heads (or ahead of them, during a rolling deploy of a
 * newer release), OUT_OF_SERVICE while revisions are pending, DOWN when the last run failed (in this process or as
 * recorded in the history table) or the database cannot be read.
 */
public class MigrationsHealthIndicator extends AbstractHealthIndicator {

    private final MigrationRunner runner;

    public MigrationsHealthIndicator(MigrationRunner runner) {
        super("Could not read the migration status");
        this.runner = runner;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        Status status = runner.status();
        runner.lastRun().filter(run -> !run.succeeded()).ifPresentOrElse(
                run -> builder.down().withDetail("error", run.failure().getMessage()),
                () -> builder.status(healthOf(status.state())));
        builder.withDetail("state", status.state())
                .withDetail("current", status.current())
                .withDetail("heads", status.heads())
                .withDetail("pending", status.pending().stream().map(Revision::id).toList());
        if (!status.unknown().isEmpty()) {
            builder.withDetail("unknown", status.unknown());
        }
        if (!status.edited().isEmpty()) {
            builder.withDetail("edited", status.edited());
        }
    }

    private static org.springframework.boot.health.contributor.Status healthOf(Status.State state) {
        return switch (state) {
            case FAILED -> org.springframework.boot.health.contributor.Status.DOWN;
            case PENDING -> org.springframework.boot.health.contributor.Status.OUT_OF_SERVICE;
            case UP_TO_DATE, AHEAD -> org.springframework.boot.health.contributor.Status.UP;
        };
    }
}
