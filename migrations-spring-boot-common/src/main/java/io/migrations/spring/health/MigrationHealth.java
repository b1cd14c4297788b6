package io.migrations.spring.health;

import io.migrations.api.Revision;
import io.migrations.api.Verdict;
import io.migrations.spring.MigrationRunner;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The health of one {@link MigrationRunner}'s database, the same on every Spring Boot generation (each has its own
 * health indicator type that reports it), judged against the runner's target ({@link MigrationRunner#check()}): UP
 * at the target, and also ahead of the code (an older build during a rolling deploy or after a rollback),
 * OUT_OF_SERVICE while revisions are pending, DOWN when the last run failed (in this process or as recorded in the
 * history table). A database that cannot be read throws, which the indicator reports as DOWN.
 *
 * @param status  {@code UP}, {@code OUT_OF_SERVICE} or {@code DOWN}
 * @param details what the indicator shows: state, current, target, pending, and unknown, edited and error when any
 */
public record MigrationHealth(String status, Map<String, Object> details) {

    public MigrationHealth {
        details = Map.copyOf(details);
    }

    /** Reads the runner's database. */
    public static MigrationHealth of(MigrationRunner runner) {
        Verdict verdict = runner.check();
        Map<String, Object> details = new LinkedHashMap<>();
        String health = runner.lastRun().filter(run -> !run.succeeded())
                .map(run -> {
                    details.put("error", run.failure().getMessage());
                    return "DOWN";
                })
                .orElseGet(() -> statusOf(verdict.state()));
        details.put("state", verdict.state());
        details.put("current", verdict.current());
        details.put("target", verdict.target());
        details.put("pending", verdict.pending().stream().map(Revision::id).toList());
        if (!verdict.unknown().isEmpty()) {
            details.put("unknown", verdict.unknown());
        }
        if (!verdict.edited().isEmpty()) {
            details.put("edited", verdict.edited().stream().map(Revision::id).toList());
        }
        return new MigrationHealth(health, details);
    }

    private static String statusOf(Verdict.State state) {
        return switch (state) {
            case FAILED -> "DOWN";
            case PENDING -> "OUT_OF_SERVICE";
            case UP_TO_DATE, AHEAD -> "UP";
        };
    }
}
