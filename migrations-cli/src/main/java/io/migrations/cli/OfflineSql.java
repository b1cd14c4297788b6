package io.migrations.cli;

import io.migrations.api.Timeouts;
import io.migrations.internal.bookkeeping.VersionTable;
import io.migrations.internal.engine.OfflineSqlWriter;
import io.migrations.internal.plan.Planner;
import io.migrations.internal.plan.Step;
import io.migrations.internal.platform.Dialects;
import io.migrations.internal.platform.TableName;
import io.migrations.internal.script.Script;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The {@code --sql} scripts of {@code upgrade}, {@code downgrade} and {@code stamp}. With a {@code from:to} range
 * nothing connects and the database is taken to be at {@code from} (Alembic's offline mode); with a plain target
 * the database is read once, to start from its real revision.
 */
final class OfflineSql {

    private final Project project;
    private final Planner planner;

    OfflineSql(Project project) {
        this.project = project;
        this.planner = new Planner(project.revisions().graph());
    }

    /** {@code upgrade [from:]to --sql}. */
    String upgrade(String target) {
        return isRange(target)
                ? offline(from(target), planner.upgradeOffline(target))
                : connected(heads -> planner.upgrade(heads, target));
    }

    /** {@code downgrade [from:]to --sql}. */
    String downgrade(String target) {
        return isRange(target)
                ? offline(from(target), planner.downgradeOffline(target))
                : connected(heads -> planner.downgrade(heads, target));
    }

    /** {@code stamp [from:]to… --sql}. */
    String stamp(List<String> targets) {
        return targets.stream().anyMatch(OfflineSql::isRange)
                ? offline(targets.stream().filter(OfflineSql::isRange).map(OfflineSql::from).findFirst().orElseThrow(),
                        planner.stampOffline(targets))
                : connected(heads -> planner.stamp(heads, targets, false));
    }

    /** Whether a target is a {@code from:to} range, which makes the script not need the database. */
    static boolean isRange(String target) {
        return target.contains(":");
    }

    /** A range only makes sense for a script; refuses it for a live run. */
    static void requireNoRange(String target) {
        if (isRange(target)) {
            throw new CliException("Range revision not allowed: '" + target + "' is a <from>:<to> range, which only "
                    + "works with --sql. Give a single target, or add --sql to print the script.");
        }
    }

    private static String from(String range) {
        return range.substring(0, range.indexOf(':'));
    }

    /** Like Alembic, assumes the version table exists unless the range starts at the base. */
    private String offline(String from, List<Step> steps) {
        List<String> heads = planner.startingHeads(from);
        return writer().write(heads, !heads.isEmpty(), steps);
    }

    private String connected(Function<List<String>, List<Step>> plan) {
        VersionState state = project.versionState();
        return writer().write(state.heads(), state.exists(), plan.apply(state.heads()));
    }

    private OfflineSqlWriter writer() {
        Map<String, Script> scripts = new LinkedHashMap<>();
        project.revisions().scripts().forEach(script -> scripts.put(script.id(), script));
        GlobalOptions options = project.options();
        return new OfflineSqlWriter(Dialects.byName("postgresql"),
                new VersionTable(new TableName(options.schema, options.versionTable)), scripts,
                new Timeouts(options.lockTimeout, options.statementTimeout));
    }
}
