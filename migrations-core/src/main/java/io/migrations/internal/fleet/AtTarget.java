package io.migrations.internal.fleet;

import io.migrations.api.MigrationsException;
import io.migrations.api.RecordedState;
import io.migrations.api.Verdict;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * The schema targets of one database that an upgrade need not run: their tables are read together
 * ({@link FleetVersions}), and a target whose recorded state a check against the upgrade's target finds clean (nothing
 * pending, unknown or edited, no failed last run) is at target as it stands. A rerun over a thousand schemas at head
 * then costs two queries instead of a look at each.
 */
public final class AtTarget {

    private AtTarget() {
    }

    /**
     * The schema targets already at target, each with its outcome, in the targets' order. A target {@code judge}
     * cannot judge (it throws, say for a relative target past the head) is left out, for its own run to report.
     *
     * @param judge the verdict of a check against the upgrade's target, given a recorded state; reads nothing
     */
    public static Map<FleetTarget, FleetOutcome> read(Connection connection, List<FleetTarget> targets,
                                                      String versionTable, String historyTable,
                                                      Function<RecordedState, Verdict> judge) throws SQLException {
        long start = System.nanoTime();
        Map<String, RecordedState> states = FleetVersions.read(connection,
                targets.stream().map(FleetTarget::schema).toList(), versionTable, historyTable);
        long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
        Map<FleetTarget, FleetOutcome> settled = new LinkedHashMap<>();
        for (FleetTarget target : targets) {
            RecordedState state = states.get(target.schema());
            if (clean(judge, state)) {
                settled.put(target, new FleetOutcome(target, FleetOutcome.Result.AT_TARGET, state.current(),
                        state.current(), 0, millis, null));
            }
        }
        return settled;
    }

    private static boolean clean(Function<RecordedState, Verdict> judge, RecordedState state) {
        try {
            return judge.apply(state).isClean();
        } catch (MigrationsException e) {
            return false;
        }
    }
}
