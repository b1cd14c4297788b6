package io.migrations.cli;

import io.migrations.Migrations;
import io.migrations.MigrationsConfig;
import io.migrations.RevisionSet;
import io.migrations.api.DatabaseException;
import io.migrations.api.MigrationResult;
import io.migrations.internal.connect.Redactor;
import io.migrations.internal.fleet.Fleet;
import io.migrations.internal.fleet.FleetOutcome;
import io.migrations.internal.fleet.FleetTarget;
import io.migrations.internal.fleet.FleetVersions;
import io.migrations.internal.fleet.TargetWork;
import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * A database command run over a fleet: reads the targets and the revisions once, gives each target a
 * {@link Migrations} of its own (its schema's version and history tables and lock, or its own database), runs,
 * and reports.
 */
final class FleetRun {

    /** A schema target's run holds at most this many connections at once: work, lock and blocker watch. */
    private static final int CONNECTIONS_PER_TARGET = 3;

    private final Project project;
    private final FleetOptions options;
    private final PrintWriter out;
    private final PrintWriter err;
    private final MigrationsConfig base;
    private final Redactor redactor;

    FleetRun(Project project, FleetOptions options, PrintWriter out, PrintWriter err) {
        this.project = project;
        this.options = options;
        this.out = out;
        this.err = err;
        this.base = project.config();
        this.redactor = Redactor.NONE.withUrl(project.options().url).withSecret(project.options().password);
    }

    /** {@code upgrade}, {@code downgrade} or {@code stamp} on every target; the exit code. */
    int change(Function<Migrations, MigrationResult> change) {
        List<FleetTarget> targets = targets();
        RevisionSet revisions = project.revisions().set();
        long start = System.nanoTime();
        Fleet fleet = new Fleet(options.policy(), redactor);
        try (ConnectionPool pool = new ConnectionPool(base.dataSource(), options.parallel * CONNECTIONS_PER_TARGET,
                base.lockWaitTimeout().plus(base.connectTimeout()));
             FleetShutdown ignored = new FleetShutdown(fleet)) {
            Map<FleetTarget, MigrationsConfig> configs = new HashMap<>();
            targets.forEach(target -> configs.put(target, config(target, pool)));
            List<FleetOutcome> outcomes;
            try (FleetProgress progress = FleetProgress.start(err, targets.size(), fleet::done, fleet::failures)) {
                outcomes = fleet.run(targets, target -> work(Migrations.create(configs.get(target), revisions), change));
            }
            return report(outcomes, fleet.stopReason() == null ? null
                    : options.describe(fleet.stopReason(), fleet.failures()), start);
        }
    }

    /** {@code current}: each target's revisions, then the summary; schemas of one database in one query. */
    int current() {
        List<FleetOutcome> outcomes = read();
        outcomes.forEach(o -> out.println(o.target().label() + ": " + o.revision()
                + (o.error() == null ? "" : " (" + o.error() + ")")));
        return report(outcomes, null, System.nanoTime());
    }

    /** {@code check}: exit 0 when every target is at the heads, else 1 with the targets that are not. */
    int check() {
        HashSet<String> heads = new HashSet<>(project.revisions().set().heads());
        List<FleetOutcome> outcomes = read().stream().map(o -> o.result() != FleetOutcome.Result.AT_TARGET
                || new HashSet<>(o.after()).equals(heads) ? o
                : new FleetOutcome(o.target(), FleetOutcome.Result.NOT_AT_HEADS, o.before(), o.after(), 0, o.millis(),
                        null)).toList();
        outcomes.stream().filter(o -> o.result() == FleetOutcome.Result.NOT_AT_HEADS)
                .forEach(o -> out.println(o.target().label() + ": at " + o.revision() + "; revision heads are "
                        + String.join(", ", heads)));
        return report(outcomes, null, System.nanoTime());
    }

    private List<FleetOutcome> read() {
        List<FleetTarget> targets = targets();
        long start = System.nanoTime();
        if (targets.get(0).schema() == null) {
            RevisionSet revisions = project.revisions().set();
            Fleet fleet = new Fleet(options.policy(), redactor);
            try (FleetShutdown ignored = new FleetShutdown(fleet)) {
                return fleet.run(targets, target -> work(Migrations.create(config(target, null), revisions),
                        migrations -> {
                            List<String> current = migrations.current();
                            return new MigrationResult(List.of(), current, current, Duration.ZERO);
                        }));
            }
        }
        List<String> schemas = targets.stream().map(FleetTarget::schema).toList();
        Map<String, List<String>> versions;
        try (Connection connection = base.dataSource().getConnection()) {
            versions = FleetVersions.read(connection, schemas, base.versionTable());
        } catch (SQLException e) {
            throw new DatabaseException("Could not read the version tables of "
                    + schemas.size() + " schemas: " + redactor.apply(e.getMessage()), e);
        }
        long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
        List<FleetOutcome> outcomes = new ArrayList<>();
        targets.forEach(target -> outcomes.add(new FleetOutcome(target, FleetOutcome.Result.AT_TARGET,
                versions.get(target.schema()), versions.get(target.schema()), 0, millis, null)));
        return outcomes;
    }

    private static TargetWork work(Migrations migrations, Function<Migrations, MigrationResult> change) {
        return new TargetWork(() -> change.apply(migrations), migrations::current);
    }

    private List<FleetTarget> targets() {
        return FleetTargets.read(options, project.options().schema, base.dataSource());
    }

    private MigrationsConfig config(FleetTarget target, ConnectionPool pool) {
        MigrationsConfig.Builder builder = base.toBuilder();
        if (target.schema() != null) {
            builder.dataSource(pool.forSchema(target.schema())).schema(target.schema());
        } else {
            try {
                builder.url(target.url(), project.options().user, project.options().password);
            } catch (IllegalArgumentException e) {
                throw new CliException("Invalid database URL in --targets: " + redactor.withUrl(target.url())
                        .apply(e.getMessage()));
            }
        }
        return builder.build();
    }

    private int report(List<FleetOutcome> outcomes, String stopReason, long start) {
        FleetReport report = new FleetReport(outcomes);
        report.print(out, stopReason, TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start));
        out.flush();
        if (options.report != null) {
            report.write(options.report);
        }
        return report.exitCode();
    }
}
