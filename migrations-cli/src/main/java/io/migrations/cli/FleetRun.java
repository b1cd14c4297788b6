package io.migrations.cli;

import io.migrations.Migrations;
import io.migrations.MigrationsConfig;
import io.migrations.RevisionSet;
import io.migrations.api.DatabaseException;
import io.migrations.api.FailOn;
import io.migrations.api.LintFormat;
import io.migrations.api.LintReport;
import io.migrations.api.MigrationResult;
import io.migrations.api.RecordedState;
import io.migrations.api.Revision;
import io.migrations.api.Verdict;
import io.migrations.internal.connect.Backoff;
import io.migrations.internal.connect.Connector;
import io.migrations.internal.connect.Redactor;
import io.migrations.internal.fleet.AtTarget;
import io.migrations.internal.fleet.Fleet;
import io.migrations.internal.fleet.FleetOutcome;
import io.migrations.internal.fleet.FleetPolicy;
import io.migrations.internal.engine.StopOnShutdown;
import io.migrations.internal.fleet.FleetTarget;
import io.migrations.internal.fleet.FleetVersions;
import io.migrations.internal.fleet.SchemaSessions;
import io.migrations.internal.fleet.TargetWork;
import io.migrations.internal.json.Json;
import io.migrations.internal.platform.Databases;
import io.migrations.internal.render.CheckText;
import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;

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

    /** What a fleet read or run produced: one outcome per target, a value per target that was read, and why it stopped. */
    record Readings<T>(List<FleetOutcome> outcomes, Map<FleetTarget, T> values, String stopReason) {
    }

    /**
     * {@code upgrade}, {@code downgrade} or {@code stamp} on every target; the exit code. For an upgrade to
     * {@code upgradeTarget}, the schemas of one database are first read together, and those that a check against
     * that target finds clean (nothing pending, unknown or edited, no failed last run) are at target without a run of
     * their own: a rerun over a thousand schemas at head costs three queries, not a thousand looks. The others start
     * from what that read found, instead of a look of their own before their lock. For a downgrade or a stamp the
     * read only finds the schemas that do not exist, which fail before any run.
     */
    int change(Function<Migrations, MigrationResult> change, Optional<String> upgradeTarget) {
        long start = System.nanoTime();
        List<FleetTarget> targets = targets();
        Fleet fleet = fleet(targets);
        try (StopOnShutdown ignored = fleet.stopOnShutdown()) {
            AtTarget atTarget = schemaTargets(targets) ? readTables(targets, upgradeTarget) : AtTarget.none(targets);
            List<FleetTarget> rest = atTarget.rest();
            Readings<?> run = rest.isEmpty() ? new Readings<>(List.of(), Map.of(), null)
                    : each(fleet, rest, (target, migrations) -> atTarget.run(target,
                            recorded -> upgradeTarget.map(revision -> migrations.upgrade(revision, recorded))
                                    .orElseGet(() -> change.apply(migrations)),
                            () -> change.apply(migrations)));
            return report(atTarget.outcomes(run.outcomes()), run.stopReason(), start, out);
        }
    }

    /**
     * The schema targets already clean at the upgrade's {@code target}, if any ({@link AtTarget}); none when their
     * tables cannot be read together (one schema's odd table, say), so that each target's own run reports what is
     * wrong with it.
     */
    private AtTarget readTables(List<FleetTarget> targets, Optional<String> target) {
        Migrations judge = Migrations.create(base, project.revisions().set());
        Predicate<RecordedState> atTarget = state -> target.isPresent() && judge.check(target.get(), state).isClean();
        try (Connection connection = base.dataSource().getConnection()) {
            return AtTarget.read(connection, targets, base.versionTable(), base.historyTable(), atTarget);
        } catch (SQLException e) {
            return AtTarget.none(targets);
        }
    }

    /**
     * Reads every target with {@code read}, up to {@code --parallel} at once, then hands each value to {@code print}
     * in the targets' order, and reports on stderr, so that stdout holds only what {@code print} prints; the exit
     * code.
     */
    <T> int read(Function<Migrations, T> read, BiConsumer<FleetTarget, T> print) {
        long start = System.nanoTime();
        List<FleetTarget> targets = targets();
        Fleet fleet = fleet(targets);
        try (StopOnShutdown ignored = fleet.stopOnShutdown()) {
            Readings<T> readings = readEach(fleet, targets, read);
            readings.values().forEach(print);
            out.flush();
            return report(readings.outcomes(), readings.stopReason(), start, err);
        }
    }

    /** {@code current}: each target's revisions, then the summary; schemas of one database in one query. */
    int current() {
        long start = System.nanoTime();
        List<FleetTarget> targets = targets();
        Fleet fleet = new Fleet(options.policy(), redactor);
        try (StopOnShutdown ignored = fleet.stopOnShutdown()) {
            List<FleetOutcome> outcomes = schemaTargets(targets) ? recorded(targets).outcomes()
                    : readEach(fleet, targets, Migrations::current).outcomes();
            outcomes.forEach(o -> out.println(o.target().label() + ": " + o.revision()
                    + (o.error() == null ? "" : " (" + o.error() + ")")));
            return report(outcomes, null, start, out);
        }
    }

    /**
     * {@code check}: judges every target against {@code target} as a single-database check does (pending, unknown and
     * edited revisions, the last failed run), prints each target's findings, and exits 0 when every target passes.
     */
    int check(String target) {
        long start = System.nanoTime();
        Fleet fleet = new Fleet(options.policy(), redactor);
        try (StopOnShutdown ignored = fleet.stopOnShutdown()) {
            return report(judged(verdicts(fleet, target)), null, start, out);
        }
    }

    /**
     * The outcomes of a check: each target read is at target when it passes and fails the check when not; prints the
     * findings of each unclean target.
     */
    private List<FleetOutcome> judged(Readings<Verdict> verdicts) {
        List<FleetOutcome> outcomes = new ArrayList<>();
        for (FleetOutcome outcome : verdicts.outcomes()) {
            Verdict verdict = verdicts.values().get(outcome.target());
            if (verdict == null) {
                outcomes.add(outcome);
                continue;
            }
            CheckText text = CheckText.of(verdict, CheckText.PendingLines.COUNT);
            if (!verdict.isClean()) {
                text.lines().forEach(line -> out.println(outcome.target().label() + ": " + line));
            }
            outcomes.add(outcome.as(text.passes() ? FleetOutcome.Result.AT_TARGET : FleetOutcome.Result.FAILS_CHECK));
        }
        return outcomes;
    }

    /**
     * Every target's verdict against {@code target}: the schemas of one database from one read of all their tables,
     * each database target on its own.
     */
    Readings<Verdict> verdicts(Fleet fleet, String target) {
        List<FleetTarget> targets = targets();
        if (!schemaTargets(targets)) {
            return readEach(fleet, targets, migrations -> migrations.check(target));
        }
        Readings<RecordedState> recorded = recorded(targets);
        Migrations judge = Migrations.create(base, project.revisions().set());
        Map<FleetTarget, Verdict> verdicts = new LinkedHashMap<>();
        recorded.values().forEach((fleetTarget, state) -> verdicts.put(fleetTarget, judge.check(target, state)));
        return new Readings<>(recorded.outcomes(), verdicts, null);
    }

    /**
     * {@code lint}: lints the revisions pending on the targets, as a single-database {@code lint} of pending revisions
     * does, once per distinct set of pending revisions; the findings of each set name its targets. The summary goes to
     * stderr with {@code --format json}, so stdout stays one JSON document.
     */
    int lint(LintCommand.Format format, FailOn failOn) {
        long start = System.nanoTime();
        Fleet fleet = new Fleet(options.policy(), redactor);
        try (StopOnShutdown ignored = fleet.stopOnShutdown()) {
            Readings<Verdict> verdicts = verdicts(fleet, "heads");
            Map<List<String>, List<FleetTarget>> groups = new LinkedHashMap<>();
            Map<List<String>, Verdict> plans = new LinkedHashMap<>();
            verdicts.values().forEach((target, verdict) -> {
                List<String> pending = verdict.pending().stream().map(Revision::id).toList();
                groups.computeIfAbsent(pending, ids -> new ArrayList<>()).add(target);
                plans.putIfAbsent(pending, verdict);
            });
            Migrations linter = Migrations.create(base, project.revisions().set());
            List<String> entries = new ArrayList<>();
            boolean fails = false;
            for (Map.Entry<List<String>, List<FleetTarget>> group : groups.entrySet()) {
                List<String> labels = group.getValue().stream().map(FleetTarget::label).toList();
                LintReport report = linter.lintPending(plans.get(group.getKey()));
                fails |= failOn.fails(report);
                if (format == LintCommand.Format.JSON) {
                    entries.add("{\"targets\":" + Json.write(labels) + ",\"pending\":" + Json.write(group.getKey())
                            + ",\"report\":" + LintFormat.json(report).strip() + "}");
                } else {
                    out.println(group.getKey().isEmpty() ? "Nothing pending on " + describe(labels) + "."
                            : "Pending on " + describe(labels) + ": " + String.join(", ", group.getKey()));
                    out.print(LintFormat.text(report));
                }
            }
            if (format == LintCommand.Format.JSON) {
                out.println("{\"groups\":[" + String.join(",", entries) + "]}");
            }
            int read = report(verdicts.outcomes(), null, start, format == LintCommand.Format.JSON ? err : out);
            return fails ? ExitCode.FAILURE : read;
        }
    }

    private static String describe(List<String> labels) {
        int shown = Math.min(labels.size(), 5);
        return labels.size() + (labels.size() == 1 ? " target (" : " targets (") + String.join(", ",
                labels.subList(0, shown)) + (labels.size() > shown ? ", …)" : ")");
    }

    private static boolean schemaTargets(List<FleetTarget> targets) {
        return targets.get(0).schema() != null;
    }

    /**
     * What the tables of every schema target record, read with one connection in a constant number of queries; a
     * schema that does not exist is a failed outcome without a value.
     */
    private Readings<RecordedState> recorded(List<FleetTarget> targets) {
        long start = System.nanoTime();
        List<String> schemas = targets.stream().map(FleetTarget::schema).toList();
        Map<String, RecordedState> states;
        try (Connection connection = base.dataSource().getConnection()) {
            states = FleetVersions.read(connection, schemas, base.versionTable(), base.historyTable());
        } catch (SQLException e) {
            throw new DatabaseException("Could not read the version and history tables of "
                    + schemas.size() + " schemas: " + redactor.apply(e.getMessage()), e);
        }
        long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
        List<FleetOutcome> outcomes = new ArrayList<>();
        Map<FleetTarget, RecordedState> values = new LinkedHashMap<>();
        targets.forEach(target -> {
            RecordedState state = states.get(target.schema());
            if (state == null) {
                outcomes.add(new FleetOutcome(target, FleetOutcome.Result.FAILED, null, null, 0, millis,
                        FleetVersions.missing(target.schema())));
                return;
            }
            values.put(target, state);
            outcomes.add(new FleetOutcome(target, FleetOutcome.Result.READ, state.current(), state.current(), 0,
                    millis, null));
        });
        return new Readings<>(outcomes, values, null);
    }

    /**
     * Reads every target with {@code read}; a target whose read fails is a failed outcome without a value, and so is a
     * schema that does not exist, found by one read of the fleet first.
     */
    private <T> Readings<T> readEach(Fleet fleet, List<FleetTarget> targets, Function<Migrations, T> read) {
        Map<FleetTarget, T> values = new ConcurrentHashMap<>();
        AtTarget found = schemaTargets(targets) ? readTables(targets, Optional.empty()) : AtTarget.none(targets);
        Readings<?> run = each(fleet, targets, (target, migrations) -> {
            Supplier<MigrationResult> reading = () -> {
                values.put(target, read.apply(migrations));
                List<String> current = migrations.current();
                return new MigrationResult(List.of(), current, current, Duration.ZERO);
            };
            return found.run(target, recorded -> reading.get(), reading);
        });
        Map<FleetTarget, T> ordered = new LinkedHashMap<>();
        targets.stream().filter(values::containsKey).forEach(target -> ordered.put(target, values.get(target)));
        List<FleetOutcome> outcomes = run.outcomes().stream()
                .map(o -> o.result() == FleetOutcome.Result.AT_TARGET ? o.as(FleetOutcome.Result.READ) : o).toList();
        return new Readings<>(outcomes, ordered, run.stopReason());
    }

    /** Runs {@code work} on every target, over a pool of connections shared by schema targets. */
    private Readings<?> each(Fleet fleet, List<FleetTarget> targets,
                             BiFunction<FleetTarget, Migrations, MigrationResult> work) {
        if (schemaTargets(targets)) {
            SchemaSessions.requireSessions(base.dataSource(), "that the schema targets (--schemas, --schemas-query)");
        }
        RevisionSet revisions = project.revisions().set();
        Connector logins = new Connector(base.dataSource(), new Backoff(base.connectRetries(),
                base.connectRetryDelay()), base.connectTimeout());
        try (ConnectionPool pool = new ConnectionPool(logins, options.parallel * CONNECTIONS_PER_TARGET,
                base.lockWaitTimeout().plus(base.connectTimeout()))) {
            Map<FleetTarget, MigrationsConfig> configs = new HashMap<>();
            targets.forEach(target -> configs.put(target, config(target, pool, fleet)));
            List<FleetOutcome> outcomes;
            try (FleetProgress progress = FleetProgress.start(targets.size(), fleet::done, fleet::failures)) {
                outcomes = fleet.run(targets, target -> {
                    Migrations migrations = Migrations.create(configs.get(target), revisions);
                    return new TargetWork(() -> work.apply(target, migrations), migrations::current);
                });
            }
            return new Readings<>(outcomes, Map.of(), fleet.stopReason() == null ? null
                    : options.describe(fleet.stopReason(), fleet.failures()));
        }
    }

    /**
     * The fleet that runs {@code targets}: over schemas of one database, no more at once than the server's free
     * connections allow, so that a high {@code --parallel} runs slower instead of failing targets with "too many
     * clients".
     */
    private Fleet fleet(List<FleetTarget> targets) {
        FleetPolicy policy = options.policy();
        OptionalInt free = policy.parallel() > 1 && schemaTargets(targets) ? freeConnections() : OptionalInt.empty();
        if (free.isPresent()) {
            FleetPolicy fitted = policy.fitTo(free.getAsInt(), CONNECTIONS_PER_TARGET);
            if (fitted.parallel() < Math.min(policy.parallel(), targets.size())) {
                err.println("--parallel " + policy.parallel() + " could take up to " + policy.parallel()
                        * CONNECTIONS_PER_TARGET + " connections, but the database accepts " + free.getAsInt()
                        + " more now; running " + fitted.parallel() + " at once.");
                policy = fitted;
            }
        }
        return new Fleet(policy, redactor);
    }

    /** Empty when the database has no limit or cannot tell, and then the targets' own runs report what fails. */
    private OptionalInt freeConnections() {
        try (Connection connection = base.dataSource().getConnection()) {
            return Databases.detect(connection).freeConnections(connection);
        } catch (SQLException e) {
            return OptionalInt.empty();
        }
    }

    private List<FleetTarget> targets() {
        return FleetTargets.read(options, project.options().schema, base.dataSource());
    }

    /** A target's settings: its schema or database, and a Ctrl-C that lets its revision in flight finish. */
    private MigrationsConfig config(FleetTarget target, ConnectionPool pool, Fleet fleet) {
        MigrationsConfig.Builder builder = base.toBuilder()
                .stepListener(fleet.listenerFor(base.transactionPer(), base.stepListener()));
        if (target.schema() != null) {
            builder.dataSource(pool.forSchema(target.schema())).schema(target.schema());
        } else {
            builder.url(target.url(), project.options().user, project.options().password);
        }
        return builder.build();
    }

    private int report(List<FleetOutcome> outcomes, String stopReason, long start, PrintWriter where) {
        FleetReport report = new FleetReport(outcomes);
        report.print(where, stopReason, TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start));
        where.flush();
        if (options.report != null) {
            report.write(options.report);
        }
        return report.exitCode();
    }
}
