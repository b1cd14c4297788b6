package io.migrations.internal.fleet;

import io.migrations.api.MigrationResult;
import io.migrations.api.MigrationsException;
import io.migrations.api.RecordedState;
import io.migrations.api.SettingException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * The schema targets of one database that an upgrade need not run: their tables are read together
 * ({@link FleetVersions}), and a target whose recorded state a check against the upgrade's target finds clean (nothing
 * pending, unknown or edited, no failed last run) is at target as it stands. A rerun over a thousand schemas at head
 * then costs three queries instead of a look at each.
 *
 * @param targets  every target, in order
 * @param settled  the targets at target as they stand, with their outcomes
 * @param recorded what the tables of the other targets whose schema exists recorded
 * @param missing  the targets whose schema the read did not find
 */
public record AtTarget(List<FleetTarget> targets, Map<FleetTarget, FleetOutcome> settled,
                       Map<FleetTarget, RecordedState> recorded, Set<FleetTarget> missing) {

    public AtTarget {
        targets = List.copyOf(targets);
        settled = Map.copyOf(settled);
        recorded = Map.copyOf(recorded);
        missing = Set.copyOf(missing);
    }

    /** Nothing read: no target is known to be at target, and each runs on its own. */
    public static AtTarget none(List<FleetTarget> targets) {
        return new AtTarget(targets, Map.of(), Map.of(), Set.of());
    }

    /**
     * Reads the targets' tables and judges each. A target {@code atTarget} cannot judge (it throws, say for a relative
     * target past the head), or whose schema does not exist, is not settled: it fails in its {@linkplain #run run}.
     *
     * @param atTarget whether a check against the upgrade's target finds a recorded state clean; reads nothing. For
     *                 a command other than an upgrade, {@code state -> false}: the read only finds the missing schemas
     */
    public static AtTarget read(Connection connection, List<FleetTarget> targets, String versionTable,
                                String historyTable, Predicate<RecordedState> atTarget) throws SQLException {
        long start = System.nanoTime();
        Map<String, RecordedState> states = FleetVersions.read(connection,
                targets.stream().map(FleetTarget::schema).toList(), versionTable, historyTable);
        long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
        Map<FleetTarget, FleetOutcome> settled = new LinkedHashMap<>();
        Map<FleetTarget, RecordedState> recorded = new HashMap<>();
        Set<FleetTarget> missing = new HashSet<>();
        for (FleetTarget target : targets) {
            RecordedState state = states.get(target.schema());
            if (state == null) {
                missing.add(target);
            } else if (clean(atTarget, state)) {
                settled.put(target, new FleetOutcome(target, FleetOutcome.Result.AT_TARGET, state.current(),
                        state.current(), 0, millis, null));
            } else {
                recorded.put(target, state);
            }
        }
        return new AtTarget(targets, settled, recorded, missing);
    }

    /**
     * The run of a target of {@link #rest()}: from what its tables recorded when they were read (an upgrade's
     * {@code Migrations.upgrade(target, recorded)}, which spares its run a look of its own before the lock), or
     * {@code unread} when nothing was read for it. A target whose schema the read did not find fails at once, with
     * the fleet's own advice.
     *
     * @throws SettingException when the target's schema did not exist when read
     */
    public MigrationResult run(FleetTarget target, Function<RecordedState, MigrationResult> fromRecorded,
                               Supplier<MigrationResult> unread) {
        if (missing.contains(target)) {
            throw new SettingException(FleetVersions.missing(target.schema()));
        }
        RecordedState state = recorded.get(target);
        return state != null ? fromRecorded.apply(state) : unread.get();
    }

    /** The targets that need a run of their own, in order. */
    public List<FleetTarget> rest() {
        return targets.stream().filter(target -> !settled.containsKey(target)).toList();
    }

    /** One outcome per target, in order: the settled ones and those of {@code ran}, the run of {@link #rest()}. */
    public List<FleetOutcome> outcomes(List<FleetOutcome> ran) {
        Map<FleetTarget, FleetOutcome> byTarget = new HashMap<>(settled);
        ran.forEach(outcome -> byTarget.put(outcome.target(), outcome));
        return targets.stream().map(byTarget::get).toList();
    }

    private static boolean clean(Predicate<RecordedState> atTarget, RecordedState state) {
        try {
            return atTarget.test(state);
        } catch (MigrationsException e) {
            return false;
        }
    }
}
