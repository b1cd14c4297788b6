package io.migrations.internal.fleet;

import java.util.OptionalInt;

/**
 * How a fleet rolls out: how many targets run at once, after how many failures no new target starts, and how many
 * targets (the first, in order) go first as canaries.
 *
 * @param parallel    targets run at once, at least 1
 * @param maxFailures failures after which no new target starts; {@link #ALL} keeps going
 * @param canary      targets run first, before any other starts; 0 for none
 */
public record FleetPolicy(int parallel, int maxFailures, int canary) {

    /** A {@code maxFailures} that never stops the rollout. */
    public static final int ALL = Integer.MAX_VALUE;

    /** {@code all} ({@link #ALL}) or a positive count, as written in an option or property; empty for anything else. */
    public static OptionalInt maxFailures(String value) {
        String text = value.strip();
        if (text.equalsIgnoreCase("all")) {
            return OptionalInt.of(ALL);
        }
        try {
            int count = Integer.parseInt(text);
            return count > 0 ? OptionalInt.of(count) : OptionalInt.empty();
        } catch (NumberFormatException e) {
            return OptionalInt.empty();
        }
    }

    /**
     * This policy with no more targets at once than {@code connections} allow when each holds {@code perTarget}, and
     * at least one; this policy itself when it already fits.
     */
    public FleetPolicy fitTo(int connections, int perTarget) {
        int fits = Math.max(1, connections / perTarget);
        return fits >= parallel ? this : new FleetPolicy(fits, maxFailures, canary);
    }

    public FleetPolicy {
        if (parallel < 1 || maxFailures < 1 || canary < 0) {
            throw new IllegalArgumentException("parallel and maxFailures must be 1 or more, canary 0 or more; got "
                    + parallel + ", " + maxFailures + ", " + canary);
        }
    }
}
