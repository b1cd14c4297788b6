package io.migrations;

import io.migrations.api.AppliedStep;
import io.migrations.api.DatabaseException;
import io.migrations.api.Direction;
import io.migrations.api.DriftReport;
import io.migrations.api.HistoryEntry;
import io.migrations.api.LintReport;
import io.migrations.api.LockException;
import io.migrations.api.LockMode;
import io.migrations.api.MigrationResult;
import io.migrations.api.MigrationsException;
import io.migrations.api.PlannedStep;
import io.migrations.api.Revision;
import io.migrations.api.SettingException;
import io.migrations.api.ShadowReplayException;
import io.migrations.api.StampMode;
import io.migrations.api.UnfinishedRevisionException;
import io.migrations.api.ValidationException;
import io.migrations.api.Verdict;
import io.migrations.internal.bookkeeping.BookkeepingTables;
import io.migrations.catalog.Catalog;
import io.migrations.internal.bookkeeping.HistoryTable;
import io.migrations.internal.bookkeeping.VersionTable;
import io.migrations.internal.connect.Backoff;
import io.migrations.internal.connect.Connector;
import io.migrations.internal.connect.UrlDataSource;
import io.migrations.internal.drift.Drift;
import io.migrations.internal.engine.Executor;
import io.migrations.internal.engine.ExecutorOutcome;
import io.migrations.internal.engine.OfflineScripts;
import io.migrations.internal.engine.OfflineSqlWriter;
import io.migrations.internal.engine.TransactionGuard;
import io.migrations.internal.engine.UnfinishedRuns;
import io.migrations.internal.engine.Verdicts;
import io.migrations.internal.graph.RevisionGraph;
import io.migrations.internal.lint.Linter;
import io.migrations.internal.plan.History;
import io.migrations.internal.plan.Planner;
import io.migrations.internal.plan.Step;
import io.migrations.internal.plan.VersionOp;
import io.migrations.internal.platform.AdvisoryLock;
import io.migrations.internal.platform.BlockerWatch;
import io.migrations.internal.platform.CatalogScope;
import io.migrations.internal.platform.Dialect;
import io.migrations.internal.platform.Dialects;
import io.migrations.internal.platform.MigrationLock;
import io.migrations.internal.platform.NoLock;
import io.migrations.internal.platform.Poolers;
import io.migrations.internal.platform.TableName;
import io.migrations.internal.platform.Tables;
import io.migrations.internal.platform.TransactionLock;
import io.migrations.internal.script.Script;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
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
    private final VersionTable versions;
    private final HistoryTable history;
    private final Verdicts verdicts;
    private final Connector connector;

    private Migrations(MigrationsConfig config, RevisionSet revisions) {
        this.config = config;
        this.revisions = revisions;
        this.scripts = revisions.byId();
        this.graph = revisions.graph();
        this.planner = new Planner(graph);
        this.versions = new VersionTable(new TableName(config.schema(), config.versionTable()));
        this.history = new HistoryTable(new TableName(config.schema(), config.historyTable()));
        this.verdicts = new Verdicts(graph, scripts, versions, history, config.onUnknownRevision(),
                config.onChecksumMismatch());
        this.connector = connector(config.dataSource());
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
        return read(versions::read);
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
        return read(history::read);
    }

    /**
     * Judges the database against {@code target} ({@code heads}, {@code r2}, {@code label@head}…) without changing
     * anything: what an upgrade to it would apply, revisions the code does not have, edited revisions and the last
     * failed run, with the configured policies. Check, health, gauges and validate mode all read this.
     */
    public Verdict check(String target) {
        return read(connection -> verdicts.read(connection, target));
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
        return catalog(config.dataSource());
    }

    /**
     * The schema of another database, read as {@link #catalog()} reads this one (this configuration's version and
     * history tables left out): a model or reference database to compare with.
     *
     * @throws DatabaseException when the catalog cannot be read
     */
    public Catalog catalogOf(DataSource other) {
        return catalog(other);
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
        return dataSource instanceof UrlDataSource url ? url.url().describe() : "the shadow database";
    }

    private Catalog catalog(DataSource dataSource) {
        try (Connection connection = connector(dataSource).open()) {
            return dialect(connection).catalogReader().read(connection,
                    CatalogScope.excluding(List.of(versions.table(), history.table())));
        } catch (SQLException e) {
            throw new DatabaseException("Could not read the schema of the database from its catalog: "
                    + e.getMessage(), e);
        }
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
        OfflineScripts.requireNoRange(target);
        // Revisions unknown to this code got past validation only under a warn or ignore policy: a newer release
        // migrated the database (rolling deploy, rollback). Its revisions are that release's business: do nothing.
        return change(current -> unknown(current).isEmpty() ? planner.upgrade(current, target) : List.of(), true, false);
    }

    /** Undoes revisions down to {@code target} ({@code base}, an id, {@code -1}…). */
    public MigrationResult downgrade(String target) {
        OfflineScripts.requireNoRange(target);
        return change(current -> planner.downgrade(current, target), true, false);
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
        targets.forEach(OfflineScripts::requireNoRange);
        boolean purge = mode == StampMode.PURGE;
        return change(current -> planner.stamp(current, targets, purge), false, purge);
    }

    /**
     * The SQL script {@link #upgrade} would run, for review or for a DBA to apply, in the layout of Alembic's
     * {@code --sql}: one transaction per revision with its version-table change. With a {@code from:to} range nothing
     * connects and the database is taken to be at {@code from}; with a plain target the version table is read once.
     */
    public String upgradeSql(String target) {
        return offline().upgrade(target);
    }

    /** The SQL script {@link #downgrade} would run; see {@link #upgradeSql}. */
    public String downgradeSql(String target) {
        return offline().downgrade(target);
    }

    /** The SQL script {@link #stamp(List, StampMode)} would run without purging; see {@link #upgradeSql}. */
    public String stampSql(List<String> targets) {
        return offline().stamp(targets);
    }

    /** Scripts rendered for PostgreSQL, which connect only when a plain target needs the version table. */
    private OfflineScripts offline() {
        return new OfflineScripts(planner, new OfflineSqlWriter(Dialects.POSTGRESQL, versions, scripts, config.timeouts()),
                () -> read(connection -> new OfflineScripts.VersionState(Tables.exists(connection, versions.table()),
                        versions.read(connection))));
    }

    private MigrationResult change(Function<List<String>, List<Step>> plan, boolean validate, boolean purge) {
        long start = System.nanoTime();
        try (Connection connection = connector.open()) {
            Dialect dialect = dialect(connection);
            BookkeepingTables tables = resolve(connection, dialect);
            // Every application start pays for this call: when a lock-free look shows nothing to do, stop there.
            // A run that finds work reads everything again under the lock, so racing runs still apply it once.
            List<String> seen = versions.read(connection);
            if (validate) {
                validate(connection, seen);
            }
            if (!purge && plan.apply(seen).isEmpty()) {
                return finish(List.of(), seen, seen, start);
            }
            if (config.lockMode() == LockMode.TRANSACTION && isPostgres(dialect)) {
                return changeUnderTransactionLocks(connection, dialect, tables.versions(), seen,
                        current -> planned(plan, purge, current), validate, start);
            }
            try (MigrationLock.Held ignored = lock(connection, dialect, tables.versions())) {
                // Read, validate and plan before writing anything, so bad input leaves the database untouched.
                List<String> before = versions.read(connection);
                if (validate && !before.equals(seen)) {
                    validate(connection, before);
                }
                List<Step> steps = planned(plan, purge, before);
                new UnfinishedRuns(history, scripts, dialect).report(connection);
                versions.createIfMissing(connection);
                history.createIfMissing(connection);
                List<AppliedStep> applied = execute(connection, dialect, before, steps, TransactionGuard.NONE).applied();
                return finish(applied, before, versions.read(connection), start);
            }
        } catch (SQLException e) {
            throw new DatabaseException("Database error: " + e.getMessage(), e);
        }
    }

    private static List<Step> planned(Function<List<String>, List<Step>> plan, boolean purge, List<String> current) {
        return purge ? withPurge(current, plan.apply(List.of())) : plan.apply(current);
    }

    /**
     * {@link LockMode#TRANSACTION}: no lock for the whole run, but a transaction lock at the start of each revision's
     * transaction, under which the version table is read again; a step that finds it moved by another run is planned
     * again from what it holds. The first plan comes from the lock-free look: whatever happens before a revision's
     * transaction is caught there. Revisions are checked to be transactional before anything runs. Connections get no
     * server-side prepared statements and no session settings, and no second connection is opened.
     */
    private MigrationResult changeUnderTransactionLocks(Connection connection, Dialect dialect, TableName versionTable,
                                                        List<String> seen, Function<List<String>, List<Step>> plan,
                                                        boolean validate, long start) throws SQLException {
        refuseNonTransactional(plan.apply(seen));
        TransactionLock lock = new TransactionLock(versionTable, config.waitReportInterval());
        try (Poolers.Restore ignored = Poolers.withoutServerSidePreparedStatements(connection)) {
            prepareUnderLock(connection, dialect, lock);
            List<AppliedStep> applied = new ArrayList<>();
            TransactionGuard guard = (c, expected) -> {
                lock.acquire(c, config.lockWaitTimeout());
                return new HashSet<>(versions.read(c)).equals(expected);
            };
            List<String> current = seen;
            List<String> validated = seen;
            while (true) {
                if (validate && !current.equals(validated)) {
                    validate(connection, current);
                    validated = current;
                }
                List<Step> steps = plan.apply(current);
                refuseNonTransactional(steps);
                ExecutorOutcome outcome = execute(connection, dialect, current, steps, guard);
                applied.addAll(outcome.applied());
                if (!outcome.stale()) {
                    return finish(applied, seen, versions.read(connection), start);
                }
                current = versions.read(connection);
            }
        }
    }

    /**
     * In one transaction under the lock: reports runs that stopped inside a non-transactional revision (a session-mode
     * run may have left one), and creates the version and history tables if missing.
     */
    private void prepareUnderLock(Connection connection, Dialect dialect, TransactionLock lock) throws SQLException {
        connection.setAutoCommit(false);
        try {
            lock.acquire(connection, config.lockWaitTimeout());
            new UnfinishedRuns(history, scripts, dialect).report(connection);
            versions.createIfMissing(connection);
            history.createIfMissing(connection);
            connection.commit();
        } catch (UnfinishedRevisionException e) {
            connection.commit();
            throw e;
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(true);
        }
    }

    /** In {@link LockMode#TRANSACTION} no lock could cover a revision run statement by statement: refuse it up front. */
    private void refuseNonTransactional(List<Step> steps) {
        steps.stream().flatMap(step -> step.revision().stream())
                .filter(revision -> !scripts.get(revision.id()).transactional())
                .findFirst()
                .ifPresent(revision -> {
                    throw new SettingException("Revision " + revision.id() + " (" + revision.location() + ") is "
                            + "non-transactional (transactional: false), and lock mode 'transaction' cannot cover it: its "
                            + "lock lives in each revision's transaction. Nothing was run. Run it over a direct "
                            + "connection or a pooler in session mode with lock mode 'session'.");
                });
    }

    private static MigrationResult finish(List<AppliedStep> applied, List<String> before, List<String> after, long start) {
        MigrationResult result = new MigrationResult(applied, before, after, Duration.ofNanos(System.nanoTime() - start));
        log.info(result.summary());
        return result;
    }

    private ExecutorOutcome execute(Connection connection, Dialect dialect, List<String> before, List<Step> steps,
                                    TransactionGuard guard) throws SQLException {
        Executor executor = new Executor(dialect, versions, history, scripts, config.timeouts(),
                new Backoff(config.lockRetries(), config.lockRetryDelay()), guard);
        try (BlockerWatch watch = guard == TransactionGuard.NONE ? watch(connection, dialect, steps) : BlockerWatch.none()) {
            return executor.run(connection, watch, before, steps);
        }
    }

    /** Watches for blocking sessions on a second connection; without one the run goes on, only less explained. */
    private BlockerWatch watch(Connection connection, Dialect dialect, List<Step> steps) throws SQLException {
        if (steps.isEmpty() || !isPostgres(dialect)) {
            return BlockerWatch.none();
        }
        Connection watcher;
        try {
            watcher = connector.open();
        } catch (DatabaseException e) {
            log.warn("Could not open a second connection to name sessions that block revision statements ({}); "
                    + "running without", e.getMessage());
            return BlockerWatch.none();
        }
        return BlockerWatch.start(connection, watcher, config.timeouts(), config.waitReportInterval());
    }

    /**
     * Puts the deletion of every existing version row into the first step's transaction, so a failed
     * stamp leaves the version table as it was.
     */
    private static List<Step> withPurge(List<String> rows, List<Step> steps) {
        if (rows.isEmpty()) {
            return steps;
        }
        List<VersionOp> deletes = rows.stream().<VersionOp>map(VersionOp.Delete::new).toList();
        if (steps.isEmpty()) {
            return List.of(new Step(Direction.STAMP, Optional.empty(), rows, List.of(), deletes));
        }
        Step first = steps.get(0);
        List<VersionOp> ops = new ArrayList<>(deletes);
        ops.addAll(first.versionOps());
        List<Step> result = new ArrayList<>(steps);
        result.set(0, new Step(first.direction(), first.revision(), first.from(), first.to(), ops));
        return result;
    }

    /** Applies the policies for unknown and edited revisions before a run plans anything. */
    private void validate(Connection connection, List<String> current) throws SQLException {
        verdicts.read(connection, current, Verdicts.WHERE_IT_IS)
                .enforce(EnumSet.of(ValidationException.Problem.UNKNOWN_REVISION, ValidationException.Problem.EDITED))
                .forEach(warning -> log.warn(warning.getMessage()));
    }

    private List<String> unknown(List<String> current) {
        return verdicts.unknown(current);
    }

    private Dialect dialect(Connection connection) throws SQLException {
        return Dialects.detect(connection);
    }

    /**
     * The version and history tables as the server resolves them, checked to be what their names say; as configured
     * where names are not resolved (databases without schemas on a search path).
     */
    private BookkeepingTables resolve(Connection connection, Dialect dialect) throws SQLException {
        return isPostgres(dialect) ? BookkeepingTables.resolve(connection, versions.table(), history.table())
                : new BookkeepingTables(versions.table(), history.table());
    }

    /**
     * Takes the migration lock on a connection of its own that stays idle in autocommit: it never holds a
     * transaction that {@code CREATE INDEX CONCURRENTLY} on the work connection would wait for, and PostgreSQL
     * drops it with the session when the process dies. The key comes from the version table as the server resolved
     * it, so runs that spell it differently still exclude each other. Databases without advisory locks get
     * {@link NoLock}.
     */
    private MigrationLock.Held lock(Connection connection, Dialect dialect, TableName versionTable) {
        if (!isPostgres(dialect)) {
            return new NoLock().acquire(null, config.lockWaitTimeout());
        }
        Connection lockConnection;
        try {
            lockConnection = connector.open();
        } catch (DatabaseException e) {
            throw new LockException("Could not open a second connection for the migration lock: " + e.getMessage()
                    + " A run needs two connections (the lock stays on an idle one of its own); "
                    + "allow the pool or the server one more.", null, e);
        }
        try {
            refuseTransactionPooling(connection, lockConnection);
            MigrationLock.Held held = new AdvisoryLock(versionTable, config.waitReportInterval())
                    .acquire(lockConnection, config.lockWaitTimeout());
            return () -> {
                try {
                    held.close();
                } finally {
                    closeQuietly(lockConnection);
                }
            };
        } catch (RuntimeException e) {
            closeQuietly(lockConnection);
            throw e;
        }
    }

    /**
     * A session lock behind a pooler in transaction mode would stay on whatever server connection took it, and the
     * unlock could reach another: checked before the lock is taken.
     */
    private static void refuseTransactionPooling(Connection work, Connection lockConnection) {
        Optional<String> seen;
        try {
            seen = Poolers.transactionPooling(work, lockConnection);
        } catch (SQLException e) {
            throw new DatabaseException("Could not check the connection for a pooler: " + e.getMessage(), e);
        }
        seen.ifPresent(what -> {
            throw new SettingException("The database connection goes through a pooler in transaction mode (" + what
                    + "), where a session-level migration lock would stay behind on a pooled server connection. "
                    + "Use the direct connection (port 5432) or the pooler's session mode, or run with lock mode "
                    + "'transaction' (--lock-mode transaction, migrations.lock-mode=transaction).");
        });
    }

    private static void closeQuietly(Connection connection) {
        try {
            connection.close();
        } catch (SQLException e) {
            log.debug("Could not close the lock connection: {}", e.getMessage());
        }
    }

    private static boolean isPostgres(Dialect dialect) {
        return "postgresql".equals(dialect.name());
    }

    /** Runs a read on a fresh connection, without the lock, once the tables are known to be what their names say. */
    private <T> T read(SqlFunction<T> query) {
        try (Connection connection = connector.open()) {
            resolve(connection, dialect(connection));
            return query.apply(connection);
        } catch (SQLException e) {
            throw new DatabaseException("Could not read " + versions.table() + ": " + e.getMessage(), e);
        }
    }

    @FunctionalInterface
    private interface SqlFunction<T> {
        T apply(Connection connection) throws SQLException;
    }
}
