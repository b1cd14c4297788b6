package io.migrations;

import io.migrations.MigrationsConfig.Policy;
import io.migrations.catalog.Catalog;
import io.migrations.db.Backoff;
import io.migrations.db.Connector;
import io.migrations.db.DatabaseException;
import io.migrations.db.TableName;
import io.migrations.db.VersionTable;
import io.migrations.dialect.Dialect;
import io.migrations.dialect.Dialects;
import io.migrations.engine.AppliedStep;
import io.migrations.engine.BlockerWatch;
import io.migrations.engine.Executor;
import io.migrations.engine.MigrationResult;
import io.migrations.engine.UnfinishedRuns;
import io.migrations.graph.Revision;
import io.migrations.graph.RevisionGraph;
import io.migrations.history.HistoryEntry;
import io.migrations.history.HistoryTable;
import io.migrations.internal.catalog.CatalogScope;
import io.migrations.lock.AdvisoryLock;
import io.migrations.lock.LockException;
import io.migrations.lock.MigrationLock;
import io.migrations.lock.NoLock;
import io.migrations.plan.Direction;
import io.migrations.plan.History;
import io.migrations.plan.Planner;
import io.migrations.plan.Step;
import io.migrations.plan.VersionOp;
import io.migrations.script.Script;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
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
    private final Map<String, Script> scripts;
    private final RevisionGraph graph;
    private final Planner planner;
    private final VersionTable versions;
    private final HistoryTable history;
    private final Connector connector;

    private Migrations(MigrationsConfig config, List<Script> scripts) {
        this.config = config;
        this.scripts = new LinkedHashMap<>();
        for (Script script : scripts) {
            this.scripts.putIfAbsent(script.id(), script);
        }
        this.graph = RevisionGraph.of(scripts.stream().map(Script::revision).toList());
        this.planner = new Planner(graph);
        this.versions = new VersionTable(new TableName(config.schema(), config.versionTable()));
        this.history = new HistoryTable(new TableName(config.schema(), config.historyTable()));
        this.connector = new Connector(config.dataSource(), config.connectRetries(), config.connectRetryDelay());
    }

    /**
     * Loads and validates the revisions at the configured locations.
     *
     * @throws io.migrations.script.ScriptException when a revision file is broken
     * @throws io.migrations.graph.GraphException   when the revisions do not form a valid graph
     */
    public static Migrations create(MigrationsConfig config) {
        return new Migrations(config, RevisionSources.of(config.locations(), config.classLoader()).load());
    }

    /** Uses the given scripts instead of loading the configured locations. */
    public static Migrations of(MigrationsConfig config, List<Script> scripts) {
        return new Migrations(config, scripts);
    }

    /** The configuration in use. */
    public MigrationsConfig config() {
        return config;
    }

    /** The validated revision graph. */
    public RevisionGraph graph() {
        return graph;
    }

    /** Every loaded script, in load order. */
    public List<Script> scripts() {
        return List.copyOf(scripts.values());
    }

    /** The script of a revision id, if loaded. */
    public Optional<Script> script(String id) {
        return Optional.ofNullable(scripts.get(id));
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
        return graph.revisions().stream().filter(r -> graph.isBranchPoint(r.id())).toList();
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
     * The schema of the database as it is now, without the version and history tables: what drift, autogenerate and
     * the test kit compare.
     *
     * @throws DatabaseException when the catalog cannot be read
     */
    public Catalog catalog() {
        try (Connection connection = connector.open()) {
            return dialect(connection).catalogReader().read(connection,
                    CatalogScope.excluding(List.of(versions.table(), history.table())));
        } catch (SQLException e) {
            throw new DatabaseException("Could not read the schema of the database from its catalog: "
                    + e.getMessage(), e);
        }
    }

    /** Compares the database with the revisions without changing anything. */
    public Status status() {
        return read(connection -> {
            List<String> current = versions.read(connection);
            List<String> unknown = unknown(current);
            List<Revision> pending = unknown.isEmpty()
                    ? planner.upgrade(current, "heads").stream().flatMap(s -> s.revision().stream()).toList()
                    : List.of();
            List<String> edited = unknown.isEmpty() ? edited(connection, current) : List.of();
            return new Status(current, graph.heads(), pending, unknown, edited, history.lastRunFailed(connection));
        });
    }

    /** What {@link #upgrade} would run for {@code target} from the database's current state, without running it. */
    public List<Step> plan(String target) {
        return plan(Direction.UPGRADE, target);
    }

    /**
     * What {@link #upgrade} or {@link #downgrade} would run from the database's current state, without running it.
     *
     * @param direction {@link Direction#UPGRADE} or {@link Direction#DOWNGRADE}
     */
    public List<Step> plan(Direction direction, String target) {
        List<String> current = current();
        return direction == Direction.DOWNGRADE ? planner.downgrade(current, target) : planner.upgrade(current, target);
    }

    /** Applies revisions up to {@code target} ({@code heads}, {@code head}, an id, {@code +1}, {@code label@head}…). */
    public MigrationResult upgrade(String target) {
        // Revisions unknown to this code got past validation only under a warn or ignore policy: a newer release
        // migrated the database (rolling deploy, rollback). Its revisions are that release's business: do nothing.
        return change(current -> unknown(current).isEmpty() ? planner.upgrade(current, target) : List.of(), true, false);
    }

    /** Undoes revisions down to {@code target} ({@code base}, an id, {@code -1}…). */
    public MigrationResult downgrade(String target) {
        return change(current -> planner.downgrade(current, target), true, false);
    }

    /**
     * Rewrites the version table to say the database is at {@code target} without running any revision.
     *
     * @param purge delete every version row first, so unknown revisions do not stop the stamp
     */
    public MigrationResult stamp(String target, boolean purge) {
        return stamp(List.of(target), purge);
    }

    /**
     * Like {@link #stamp(String, boolean)} for several targets at once, as {@code alembic stamp rev1 rev2} stamps
     * the heads of several branches.
     */
    public MigrationResult stamp(List<String> targets, boolean purge) {
        return change(current -> planner.stamp(current, targets, purge), false, purge);
    }

    private MigrationResult change(Function<List<String>, List<Step>> plan, boolean validate, boolean purge) {
        long start = System.nanoTime();
        try (Connection connection = connector.open()) {
            Dialect dialect = dialect(connection);
            // Every application start pays for this call: when a lock-free look shows nothing to do, stop there.
            // A run that finds work reads everything again under the lock, so racing runs still apply it once.
            List<String> seen = versions.read(connection);
            if (validate) {
                validate(connection, seen);
            }
            if (!purge && plan.apply(seen).isEmpty()) {
                return finish(List.of(), seen, seen, start);
            }
            try (MigrationLock.Held ignored = lock(dialect)) {
                // Read, validate and plan before writing anything, so bad input leaves the database untouched.
                List<String> before = versions.read(connection);
                if (validate && !before.equals(seen)) {
                    validate(connection, before);
                }
                List<Step> steps = purge ? withPurge(before, plan.apply(List.of())) : plan.apply(before);
                new UnfinishedRuns(history, scripts, dialect).report(connection);
                versions.createIfMissing(connection);
                history.createIfMissing(connection);
                List<AppliedStep> applied = execute(connection, dialect, steps);
                return finish(applied, before, versions.read(connection), start);
            }
        } catch (SQLException e) {
            throw new DatabaseException("Database error: " + e.getMessage(), e);
        }
    }

    private static MigrationResult finish(List<AppliedStep> applied, List<String> before, List<String> after, long start) {
        MigrationResult result = new MigrationResult(applied, before, after, Duration.ofNanos(System.nanoTime() - start));
        log.info(result.summary());
        return result;
    }

    private List<AppliedStep> execute(Connection connection, Dialect dialect, List<Step> steps) throws SQLException {
        Executor executor = new Executor(dialect, versions, history, scripts, config.timeouts(),
                new Backoff(config.lockRetries(), config.lockRetryDelay()));
        try (BlockerWatch watch = watch(connection, dialect, steps)) {
            return executor.run(connection, watch, steps);
        }
    }

    /** Watches for blocking sessions on a second connection; without one the run goes on, only less explained. */
    private BlockerWatch watch(Connection connection, Dialect dialect, List<Step> steps) throws SQLException {
        if (steps.isEmpty() || !isPostgres(dialect)) {
            return BlockerWatch.none();
        }
        Connection watcher;
        try {
            watcher = config.dataSource().getConnection();
        } catch (SQLException e) {
            log.warn("Could not open a second connection to name sessions that block revision statements ({}); "
                    + "running without", connector.explain(e));
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

    private void validate(Connection connection, List<String> current) throws SQLException {
        List<String> unknown = unknown(current);
        if (!unknown.isEmpty()) {
            react(config.onUnknownRevision(), new ValidationException("The database is at revision(s) "
                    + String.join(", ", unknown) + " which no revision file defines (version table " + versions.table()
                    + "). Deploy the code that has them, or run 'stamp' to set the version table to a known revision.",
                    unknown));
        }
        if (!unknown.isEmpty()) {
            return; // what was applied before an unknown revision cannot be told, so neither can edits
        }
        if (config.onChecksumMismatch() == Policy.IGNORE) {
            return;
        }
        List<String> edited = edited(connection, current);
        if (!edited.isEmpty()) {
            List<String> where = edited.stream().map(id -> id + " (" + scripts.get(id).revision().location() + ")").toList();
            react(config.onChecksumMismatch(), new ValidationException("Applied revision(s) changed since they ran: "
                    + String.join(", ", where) + ". Revert the edits and put the change in a new revision, "
                    + "or set the checksum policy to warn.", edited));
        }
    }

    private static void react(Policy policy, ValidationException problem) {
        if (policy == Policy.FAIL) {
            throw problem;
        }
        if (policy == Policy.WARN) {
            log.warn(problem.getMessage());
        }
    }

    private List<String> unknown(List<String> current) {
        return current.stream().filter(id -> !scripts.containsKey(id)).toList();
    }

    private List<String> edited(Connection connection, List<String> current) throws SQLException {
        Map<String, String> recorded = history.appliedChecksums(connection);
        if (recorded.isEmpty()) {
            return List.of();
        }
        Set<String> applied = graph.ancestors(current, true);
        List<String> edited = new ArrayList<>();
        recorded.forEach((id, checksum) -> {
            Script script = scripts.get(id);
            if (script != null && applied.contains(id) && !script.checksum().equals(checksum)) {
                edited.add(id);
            }
        });
        return edited;
    }

    private Dialect dialect(Connection connection) throws SQLException {
        return config.dialect() != null ? config.dialect() : Dialects.detect(connection);
    }

    /**
     * Takes the migration lock on a connection of its own that stays idle in autocommit: it never holds a
     * transaction that {@code CREATE INDEX CONCURRENTLY} on the work connection would wait for, and PostgreSQL
     * drops it with the session when the process dies. Databases without advisory locks get {@link NoLock}.
     */
    private MigrationLock.Held lock(Dialect dialect) {
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
            MigrationLock.Held held = new AdvisoryLock(versions.table(), config.waitReportInterval())
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

    /** Runs a read on a fresh connection, without the lock. */
    private <T> T read(SqlFunction<T> query) {
        try (Connection connection = connector.open()) {
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
