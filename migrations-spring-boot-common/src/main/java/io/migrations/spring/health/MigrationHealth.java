package io.migrations.spring.health;

import io.migrations.api.Revision;
import io.migrations.api.Verdict;
import io.migrations.spring.MigrationRunner;
import io.migrations.spring.tenants.TenantMigrations;
import io.migrations.spring.tenants.TenantsSummary;
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

    /** Failed tenants the health names one by one. */
    static final int TENANTS_NAMED = 10;

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

    /**
     * Reads the tenants: DOWN when a tenant failed in this process's last run, OUT_OF_SERVICE while any is not at
     * the heads, else UP; the details count the tenants by status (so a failure hides none of the others) and name
     * the first {@value #TENANTS_NAMED} failed tenants with their errors (the endpoint pages through all of them).
     */
    public static MigrationHealth of(TenantMigrations tenants) {
        TenantsSummary summary = tenants.summary(0, TENANTS_NAMED);
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("total", summary.total());
        details.put("counts", summary.counts());
        Map<String, String> failing = new LinkedHashMap<>();
        summary.failing().forEach(tenant -> failing.put(tenant.schema(), tenant.error()));
        if (!failing.isEmpty()) {
            details.put("failing", failing);
        }
        return new MigrationHealth(summary.anyFailed() ? "DOWN" : summary.allAtTarget() ? "UP" : "OUT_OF_SERVICE",
                details);
    }

    private static String statusOf(Verdict.State state) {
        return switch (state) {
            case FAILED -> "DOWN";
            case PENDING -> "OUT_OF_SERVICE";
            case UP_TO_DATE, AHEAD -> "UP";
        };
    }
}
