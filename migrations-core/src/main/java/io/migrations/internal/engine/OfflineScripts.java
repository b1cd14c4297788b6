package io.migrations.internal.engine;

import io.migrations.api.StampMode;
import io.migrations.api.TargetException;
import io.migrations.internal.plan.Planner;
import io.migrations.internal.plan.Step;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The {@code --sql} scripts of upgrade, downgrade and stamp. With a {@code from:to} range nothing connects and the
 * database is taken to be at {@code from} (Alembic's offline mode); with a plain target the version table is read
 * once, to start from the database's real revisions.
 */
public final class OfflineScripts {

    /**
     * The version table of a live database.
     *
     * @param exists whether the table exists
     * @param heads  its rows; empty when it does not exist
     */
    public record VersionState(boolean exists, List<String> heads) {

        public VersionState {
            heads = List.copyOf(heads);
        }
    }

    private final Planner planner;
    private final OfflineSqlWriter writer;
    private final Supplier<VersionState> versions;

    /**
     * @param versions reads the version table of the live database, for a plain target; not called for a range
     */
    public OfflineScripts(Planner planner, OfflineSqlWriter writer, Supplier<VersionState> versions) {
        this.planner = planner;
        this.writer = writer;
        this.versions = versions;
    }

    /** {@code upgrade [from:]to --sql}. */
    public String upgrade(String target) {
        return isRange(target)
                ? offline(from(target), planner.upgradeOffline(target))
                : connected(heads -> planner.upgrade(heads, target));
    }

    /** {@code downgrade [from:]to --sql}. */
    public String downgrade(String target) {
        return isRange(target)
                ? offline(from(target), planner.downgradeOffline(target))
                : connected(heads -> planner.downgrade(heads, target));
    }

    /** {@code stamp [from:]to… --sql}. */
    public String stamp(List<String> targets) {
        return targets.stream().anyMatch(OfflineScripts::isRange)
                ? offline(targets.stream().filter(OfflineScripts::isRange).map(OfflineScripts::from).findFirst()
                        .orElseThrow(), planner.stampOffline(targets))
                : connected(heads -> planner.stamp(heads, targets, StampMode.KEEP));
    }

    /**
     * Refuses a {@code from:to} range for a run against the database, where only a script makes sense.
     *
     * @throws TargetException for a range
     */
    public static void requireNoRange(String target) {
        if (isRange(target)) {
            throw new TargetException(target, "Range revision not allowed: '" + target + "' is a <from>:<to> range, "
                    + "which only works with --sql. Give a single target, or add --sql to print the script.", List.of());
        }
    }

    private static boolean isRange(String target) {
        return target.contains(":");
    }

    private static String from(String range) {
        return range.substring(0, range.indexOf(':'));
    }

    /** Like Alembic, assumes the version table exists unless the range starts at the base. */
    private String offline(String from, List<Step> steps) {
        List<String> heads = planner.startingHeads(from);
        return writer.write(heads, !heads.isEmpty(), steps);
    }

    private String connected(Function<List<String>, List<Step>> plan) {
        VersionState state = versions.get();
        return writer.write(state.heads(), state.exists(), plan.apply(state.heads()));
    }
}
