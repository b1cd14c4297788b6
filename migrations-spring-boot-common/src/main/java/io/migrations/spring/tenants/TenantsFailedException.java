package io.migrations.spring.tenants;

import io.migrations.api.MigrationsException;
import io.migrations.internal.fleet.FleetOutcome;
import java.util.List;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Tenants failed while the application migrated them, or were not started because others had failed. The message
 * counts the tenants by outcome and names each failed one (the first {@value #NAMED}) with its error.
 */
public class TenantsFailedException extends MigrationsException {

    /** How many failed tenants the message names one by one; the endpoint pages through them all. */
    static final int NAMED = 10;

    /** @param stopReason why no further tenant was started, or null */
    public TenantsFailedException(List<FleetOutcome> outcomes, @Nullable String stopReason) {
        super(message(outcomes, stopReason));
    }

    /** A tenant's revision or database failed: not bad input. */
    @Override
    public boolean isUserError() {
        return false;
    }

    private static String message(List<FleetOutcome> outcomes, @Nullable String stopReason) {
        List<FleetOutcome> failed = outcomes.stream().filter(o -> o.result() == FleetOutcome.Result.FAILED).toList();
        long notStarted = outcomes.stream().filter(o -> o.result() == FleetOutcome.Result.NOT_STARTED).count();
        StringBuilder text = new StringBuilder().append(failed.size()).append(" of ").append(outcomes.size())
                .append(" tenants failed");
        if (notStarted > 0) {
            text.append(", ").append(notStarted).append(" not started");
        }
        if (stopReason != null) {
            text.append(" (").append(stopReason).append(")");
        }
        text.append(": ").append(failed.stream().limit(NAMED)
                .map(o -> "tenant " + o.target().schema() + " (at " + o.revision() + "): " + o.error())
                .collect(Collectors.joining("; ")));
        if (failed.size() > NAMED) {
            text.append("; and ").append(failed.size() - NAMED).append(" more (see /actuator/migrations)");
        }
        return text.toString();
    }
}
