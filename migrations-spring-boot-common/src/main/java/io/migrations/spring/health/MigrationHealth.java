package io.migrations.spring.health;

import io.migrations.api.Revision;
import io.migrations.api.Status;
import io.migrations.spring.MigrationRunner;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The health of one {@link MigrationRunner}'s database, the same on every Spring Boot generation (each has its own
 * health indicator type that reports it): UP at the heads, and also ahead of them (an older build during a rolling
 * deploy or after a rollback), OUT_OF_SERVICE while revisions are pending, DOWN when the last run failed (in this
 * process or as recorded in the history table). A database that cannot be read throws, which the indicator reports
 * as DOWN.
 *
 * @param status  {@code UP}, {@code OUT_OF_SERVICE} or {@code DOWN}
 * @param details what the indicator shows: state, current, heads, pending, and unknown, edited and error when any
 */
public record MigrationHealth(String status, Map<String, Object> details) {

    public MigrationHealth {
        details = Map.copyOf(details);
    }

    /** Reads the runner's database. */
    public static MigrationHealth of(MigrationRunner runner) {
        Status status = runner.status();
        Map<String, Object> details = new LinkedHashMap<>();
        String health = runner.lastRun().filter(run -> !run.succeeded())
                .map(run -> {
                    details.put("error", run.failure().getMessage());
                    return "DOWN";
                })
                .orElseGet(() -> statusOf(status.state()));
        details.put("state", status.state());
        details.put("current", status.current());
        details.put("heads", status.heads());
        details.put("pending", status.pending().stream().map(Revision::id).toList());
        if (!status.unknown().isEmpty()) {
            details.put("unknown", status.unknown());
        }
        if (!status.edited().isEmpty()) {
            details.put("edited", status.edited());
        }
        return new MigrationHealth(health, details);
    }

    private static String statusOf(Status.State state) {
        return switch (state) {
            case FAILED -> "DOWN";
            case PENDING -> "OUT_OF_SERVICE";
            case UP_TO_DATE, AHEAD -> "UP";
        };
    }
}
