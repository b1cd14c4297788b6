package io.migrations;

import io.migrations.api.DatabaseException;
import io.migrations.api.Direction;
import io.migrations.api.DriftReport;
import io.migrations.api.HistoryEntry;
import io.migrations.api.LintReport;
import io.migrations.api.MigrationResult;
import io.migrations.api.MigrationsException;
import io.migrations.api.PlannedStep;
import io.migrations.api.RecordedState;
import io.migrations.api.Revision;
import io.migrations.api.ShadowReplayException;
import io.migrations.api.StampMode;
import io.migrations.api.Verdict;
import io.migrations.catalog.Catalog;
import io.migrations.internal.connect.Backoff;
import io.migrations.internal.connect.Connector;
import io.migrations.internal.connect.UrlDataSource;
import io.migrations.internal.drift.Drift;
import io.migrations.internal.engine.Migrator;
import io.migrations.internal.engine.RunSettings;
import io.migrations.internal.graph.RevisionGraph;
import io.migrations.internal.lint.Linter;
import io.migrations.internal.plan.History;
import io.migrations.internal.plan.Planner;
import io.migrations.internal.plan.Step;
import io.migrations.internal.platform.TableName;
import io.migrations.internal.script.Script;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The library's entry point: loads the revisions once, then reads and changes one database.
 *
 * <pre>{@code
 * Migrations migrations = Migrations.create(MigrationsConfig.builder()
 *         .dataSource(dataSource)
 *         .locations("classpath:db/migrations")
 *         .build());
 * migrations.upgrade("heads");
 * }</pre>
 *
 * Changing operations ({@link #upgrade}, {@link #downgrade}, {@link #stamp}) take the migration lock,
 * read the version table, validate, plan and run, all under the lock, so concurrent runs apply each
 * revision once. Reading operations take no lock. Instances are immutable and thread-safe.
 */
public final class Migrations {

    private static final Logger log = LoggerFactory.getLogger(Migrations.class);

    private final MigrationsConfig config;
    private final RevisionSet revisions;
    private final Map<String, Script> scripts;
    private final RevisionGraph graph;
    private final Planner planner;
    private final Migrator migrator;

    private Migrations(MigrationsConfig config, RevisionSet revisions) {
        this.config = config;
        this.revisions = revisions;
        this.scripts = revisions.byId();
        this.graph = revisions.graph();
        this.planner = new Planner(graph);
        this.migrator = new Migrator(new RunSettings(new TableName(config.schema(), config.versionTable()),
                new TableName(config.schema(), config.historyTable()), config.lockMode(), config.lockWaitTimeout(),
                config.waitReportInterval(), config.timeouts(), new Backoff(config.lockRetries(), config.lockRetryDelay()),
                config.onUnknownRevision(), config.onChecksumMismatch(), config.transactionPer(), config.stepListener()),
                scripts, graph, connector(config.dataSource()));
    }

    private Connector connector(DataSource dataSource) {
        return new Connector(dataSource, new Backoff(config.connectRetries(), config.connectRetryDelay()),
                config.connectTimeout());
    }

    /**
     * Loads and validates the revisions at the configured locations.
     *
     * @throws io.migrations.api.ScriptException when a revision file is broken
     * @throws io.migrations.api.GraphException   when the revisions do not form a valid graph
     */
    public static Migrations create(MigrationsConfig config) {
        return new Migrations(config, RevisionSet.load(config.locations(), config.classLoader()));
    }

    /** Uses revisions read already, e.g. on a background thread, instead of reading the configured locations. */
    public static Migrations create(MigrationsConfig config, RevisionSet revisions) {
        return new Migrations(config, revisions);
    }

    /** The configuration in use. */
    public MigrationsConfig config() {
        return config;
    }

    /** The revisions, without the database. */
    public RevisionSet revisions() {
        return revisions;
    }

    /** Revisions in the version table; empty when the database was never migrated. */
    public List<String> current() {
        return migrator.read((connection, tables) -> tables.versions().read(connection));
    }

    /** Heads of the revision graph, as {@code heads} prints them. */
    public List<String> heads() {
        return graph.heads();
    }

    /** Revisions that two or more revisions branch from, in load order. */
    public List<Revision> branches() {
        return revisions.branchPoints();
    }

    /**
     * Revisions in Alembic's {@code history} order (newest first) within {@code range}, e.g. {@code base:head},
     * {@code -3:current}, {@code ae10:}. Reads the database only when the range mentions {@code current}.
     */
    public List<Revision> history(String range) {
        History walk = new History(graph);
        List<String> ids = range == null || range.isBlank() ? walk.all()
                : walk.range(range, range.contains("current") ? current() : List.of());
        return ids.stream().map(graph::get).toList();
    }

    /** Rows of the history table (what ran, when, by whom), oldest first. */
    public List<HistoryEntry> history() {
        return migrator.read((connection, tables) -> tables.history().read(connection));
    }

    /**
     * Judges the database against {@code target} ({@code heads}, {@code r2}, {@code label@head}…) without changing
     * anything: what an upgrade to it would apply, revisions the code does not have, edited revisions and the last
     * failed run, with the configured policies. Check, health, gauges and validate mode all read this.
     */
    public Verdict check(String target) {
        return migrator.check(target);
    }

    /**
     * Like {@link #check(String)} for what the version and history tables were read to hold elsewhere, e.g. by one
     * query over many schemas; reads nothing.
     */
    public Verdict check(String target, RecordedState recorded) {
        return migrator.check(recorded, target);
    }

    /** Lints every revision, each on its own (see {@link io.migrations.api.Rule}); reads no database. */
    public LintReport lint() {
        return revisions.lint(List.of());
    }

    /** Lints the revisions that the next upgrade to the heads would run, as one plan; reads the database. */
    public LintReport lintPending() {
        return lintPending(check("heads"));
    }

    /** Like {@link #lintPending()} for a verdict already read: lints its pending revisions as one plan. */
    public LintReport lintPending(Verdict verdict) {
        List<String> pending = verdict.pending().stream().map(Revision::id).toList();
        if (pending.isEmpty()) {
            // Findings are kept for pending revisions only: with none, ordering and reading every revision (what each
            // application start paid, more than the migration check itself) cannot find anything.
            return new LintReport(0, List.of());
        }
        return Linter.lint(Linter.upgradeOrder(graph, revisions.scripts()), pending, Linter.Scope.ONE_PLAN);
    }

    /**
     * Finds schema drift: replays the revisions into {@code shadow}, an empty database, up to the revisions this
     * database is at, and compares the two {@link Catalog}s (the version and history tables left out).
     *
     * @throws ShadowReplayException when a revision fails on the shadow database: drift is unknown
     * @throws DatabaseException     when a catalog cannot be read
     */
    public DriftReport drift(DataSource shadow) {
        List<String> current = current();
        Migrations replay = replayInto(shadow);
        log.info("Replaying revisions up to {} into {}", current, describe(shadow));
        try {
            current.forEach(replay::upgrade);
        } catch (MigrationsException e) {
            throw new ShadowReplayException(describe(shadow), e);
        }
        return Drift.report(current, replay.catalog(), catalog());
    }

    /**
     * The schema of the database as it is now, without the version and history tables: what drift, autogenerate and
     * the test kit compare.
     *
     * @throws DatabaseException when the catalog cannot be read
     */
    public Catalog catalog() {
        return migrator.catalog();
    }

    /**
     * The schema of another database, read as {@link #catalog()} reads this one (this configuration's version and
     * history tables left out): a model or reference database to compare with.
     *
     * @throws DatabaseException when the catalog cannot be read
     */
    public Catalog catalogOf(DataSource other) {
        return migrator.on(connector(other)).catalog();
    }

    /**
     * The schema the revisions build: replays every revision to the heads into {@code empty}, an empty database,
     * and reads its catalog.
     *
     * @throws ShadowReplayException when a revision fails there
     */
    public Catalog build(DataSource empty) {
        Migrations replay = replayInto(empty);
        try {
            replay.upgrade("heads");
        } catch (MigrationsException e) {
            throw new ShadowReplayException(describe(empty), e);
        }
        return replay.catalog();
    }

    /** This database's schema as text, one line per object ({@link Catalog#lines()}), bookkeeping tables left out. */
    public String schema() {
        StringBuilder text = new StringBuilder();
        catalog().lines().forEach(line -> text.append(line).append('\n'));
        return text.toString();
    }

    private Migrations replayInto(DataSource shadow) {
        return new Migrations(config.toBuilder().dataSource(shadow).build(), revisions);
    }

    private static String describe(DataSource dataSource) {
        return UrlDataSource.in(dataSource).map(url -> url.url().describe()).orElse("the shadow database");
    }

    /** What {@link #upgrade} would run for {@code target} from the database's current state, without running it. */
    public List<PlannedStep> plan(String target) {
        return plan(Direction.UPGRADE, target);
    }

    /**
     * What {@link #upgrade} or {@link #downgrade} would run from the database's current state, without running it.
     *
     * @param direction {@link Direction#UPGRADE} or {@link Direction#DOWNGRADE}
     */
    public List<PlannedStep> plan(Direction direction, String target) {
        List<String> current = current();
        List<Step> steps = direction == Direction.DOWNGRADE ? planner.downgrade(current, target)
                : planner.upgrade(current, target);
        return steps.stream().map(Step::planned).toList();
    }

    /** Applies revisions up to {@code target} ({@code heads}, {@code head}, an id, {@code +1}, {@code label@head}…). */
    public MigrationResult upgrade(String target) {
        return logged(migrator.upgrade(target));
    }

    /**
     * {@link #upgrade(String)}, given what the tables recorded when the caller last read them, as a fleet reads all its
     * schemas' tables together: where the schema is set, that read stands for the run's look before the lock (up to
     * four round trips fewer), and everything is read again under the lock as always, so a state that has moved on since
     * costs only the time to find out.
     */
    public MigrationResult upgrade(String target, RecordedState recorded) {
        return logged(migrator.upgrade(target, Optional.of(recorded)));
    }

    /** Undoes revisions down to {@code target} ({@code base}, an id, {@code -1}…). */
    public MigrationResult downgrade(String target) {
        return logged(migrator.downgrade(target));
    }

    /** Rewrites the version table to say the database is at {@code target} without running any revision. */
    public MigrationResult stamp(String target) {
        return stamp(List.of(target), StampMode.KEEP);
    }

    /** Like {@link #stamp(String)}; {@link StampMode#PURGE} deletes every version row first. */
    public MigrationResult stamp(String target, StampMode mode) {
        return stamp(List.of(target), mode);
    }

    /**
     * Like {@link #stamp(String, StampMode)} for several targets at once, as {@code alembic stamp rev1 rev2} stamps
     * the heads of several branches.
     */
    public MigrationResult stamp(List<String> targets, StampMode mode) {
        return logged(migrator.stamp(targets, mode));
    }

    /** Logs the run's summary under this class's name, the line users and log filters know. */
    private static MigrationResult logged(MigrationResult result) {
        log.info(result.summary());
        return result;
    }

    /**
     * The SQL script {@link #upgrade} would run, for review or for a DBA to apply, in the layout of Alembic's
     * {@code --sql}: one transaction per revision with its version-table change. With a {@code from:to} range nothing
     * connects and the database is taken to be at {@code from}; with a plain target the version table is read once.
     */
    public String upgradeSql(String target) {
        return migrator.upgradeSql(target);
    }

    /** The SQL script {@link #downgrade} would run; see {@link #upgradeSql}. */
    public String downgradeSql(String target) {
        return migrator.downgradeSql(target);
    }

    /** The SQL script {@link #stamp(List, StampMode)} would run without purging; see {@link #upgradeSql}. */
    public String stampSql(List<String> targets) {
        return migrator.stampSql(targets);
    }
}
