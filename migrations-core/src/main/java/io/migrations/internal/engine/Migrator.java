package io.migrations.internal.engine;

import io.migrations.api.AppliedStep;
import io.migrations.api.DatabaseException;
import io.migrations.api.Direction;
import io.migrations.api.LockException;
import io.migrations.api.LockMode;
import io.migrations.api.MigrationResult;
import io.migrations.api.RecordedState;
import io.migrations.api.SettingException;
import io.migrations.api.StampMode;
import io.migrations.api.TransactionPer;
import io.migrations.api.UnfinishedRevisionException;
import io.migrations.api.Verdict;
import io.migrations.catalog.Catalog;
import io.migrations.internal.bookkeeping.BookkeepingTables;
import io.migrations.internal.connect.Connector;
import io.migrations.internal.graph.RevisionGraph;
import io.migrations.internal.plan.Planner;
import io.migrations.internal.plan.Step;
import io.migrations.internal.plan.VersionOp;
import io.migrations.internal.platform.BlockerWatch;
import io.migrations.internal.platform.CatalogScope;
import io.migrations.internal.platform.Database;
import io.migrations.internal.platform.Databases;
import io.migrations.internal.platform.MigrationLock;
import io.migrations.internal.platform.Poolers;
import io.migrations.internal.platform.RunSession;
import io.migrations.internal.platform.TransactionLock;
import io.migrations.internal.script.Script;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The run protocol: connects, finds the database and its bookkeeping tables, takes the migration lock, reads the
 * version table, validates, plans, refuses to go on after an unfinished run, creates the bookkeeping tables and runs
 * the plan; and renders the same plans as offline SQL. Changing runs read, validate and plan again under the lock, so
 * concurrent runs apply each revision once. Immutable; one per configuration.
 */
public final class Migrator {

    private static final Logger log = LoggerFactory.getLogger(Migrator.class);

    private final RunSettings settings;
    private final Map<String, Script> scripts;
    private final RevisionGraph graph;
    private final Planner planner;
    private final Validation validation;
    private final Connector connector;

    /**
     * @param scripts   the scripts of every revision, by id
     * @param graph     their graph
     * @param connector opens connections to the database
     */
    public Migrator(RunSettings settings, Map<String, Script> scripts, RevisionGraph graph, Connector connector) {
        this.settings = settings;
        this.scripts = scripts;
        this.graph = graph;
        this.planner = new Planner(graph);
        this.validation = new Validation(scripts, graph);
        this.connector = connector;
    }

    /** The same protocol on another database, e.g. a shadow one to replay into. */
    public Migrator on(Connector other) {
        return new Migrator(settings, scripts, graph, other);
    }

    /** The verdict on the database against {@code target}, read without the lock; see {@link Validation#verdict}. */
    public Verdict check(String target) {
        return read((connection, tables) -> validation.verdict(connection, tables, tables.versions().read(connection),
                target, settings));
    }

    /** The verdict on a database whose tables record {@code recorded}, read elsewhere; reads nothing. */
    public Verdict check(RecordedState recorded, String target) {
        return validation.verdict(recorded, target, settings);
    }

    /** Applies revisions up to {@code target}. */
    public MigrationResult upgrade(String target) {
        return upgrade(target, Optional.empty());
    }

    /**
     * Applies revisions up to {@code target}; {@code recorded}, when given, is what the tables held when the caller
     * read them, and stands for the run's lock-free look (see {@link #change}).
     */
    public MigrationResult upgrade(String target, Optional<RecordedState> recorded) {
        OfflineScripts.requireNoRange(target);
        // Revisions unknown to this code got past validation only under a warn or ignore policy: a newer release
        // migrated the database (rolling deploy, rollback). Its revisions are that release's business: do nothing.
        return change(current -> validation.unknown(current).isEmpty() ? planner.upgrade(current, target) : List.of(),
                Checks.VALIDATE, StampMode.KEEP, recorded);
    }

    /** Undoes revisions down to {@code target}. */
    public MigrationResult downgrade(String target) {
        OfflineScripts.requireNoRange(target);
        return change(current -> planner.downgrade(current, target), Checks.VALIDATE, StampMode.KEEP,
                Optional.empty());
    }

    /** Rewrites the version table to say the database is at {@code targets}, without running any revision. */
    public MigrationResult stamp(List<String> targets, StampMode mode) {
        targets.forEach(OfflineScripts::requireNoRange);
        boolean onlyIfEmpty = mode == StampMode.IF_EMPTY;
        return change(current -> onlyIfEmpty && !current.isEmpty() ? List.of() : planner.stamp(current, targets, mode),
                Checks.NONE, mode, Optional.empty());
    }

    /** The offline script of {@link #upgrade}; see {@link OfflineScripts}. */
    public String upgradeSql(String target) {
        return offline().upgrade(target);
    }

    /** The offline script of {@link #downgrade}. */
    public String downgradeSql(String target) {
        return offline().downgrade(target);
    }

    /** The offline script of {@link #stamp} without purging. */
    public String stampSql(List<String> targets) {
        return offline().stamp(targets);
    }

    /**
     * Runs a read on a fresh connection, without the lock, once the bookkeeping tables are found and known to be what
     * their names say.
     */
    public <T> T read(Reading<T> query) {
        try (Connection connection = connector.open()) {
            Database database = Databases.detect(connection);
            return query.apply(connection, tables(connection, database));
        } catch (SQLException e) {
            throw new DatabaseException("Could not read " + settings.versionTable() + ": " + e.getMessage(), e);
        }
    }

    /** The schema of the database, without the version and history tables. */
    public Catalog catalog() {
        try (Connection connection = connector.open()) {
            return Databases.detect(connection).catalogReader().read(connection,
                    CatalogScope.excluding(List.of(settings.versionTable(), settings.historyTable())));
        } catch (SQLException e) {
            throw new DatabaseException("Could not read the schema of the database from its catalog: "
                    + e.getMessage(), e);
        }
    }

    /** A read of the database with its bookkeeping tables. */
    @FunctionalInterface
    public interface Reading<T> {
        T apply(Connection connection, BookkeepingTables tables) throws SQLException;
    }

    /** Whether a change validates the database against the files first. */
    private enum Checks { VALIDATE, NONE }

    /** Scripts rendered for PostgreSQL, which connect only when a plain target needs the version table. */
    private OfflineScripts offline() {
        Database database = Databases.POSTGRESQL;
        BookkeepingTables configured = BookkeepingTables.configured(database, settings.versionTable(),
                settings.historyTable());
        return new OfflineScripts(planner, new OfflineSqlWriter(database, configured.versions(), scripts,
                settings.timeouts(), settings.transactionPer()), () -> read((connection, tables) -> new OfflineScripts.VersionState(
                        tables.versions().exists(connection), tables.versions().read(connection))));
    }

    private BookkeepingTables tables(Connection connection, Database database) throws SQLException {
        return BookkeepingTables.resolve(connection, database, settings.versionTable(), settings.historyTable());
    }

    /**
     * Looks at the tables without the lock, and stops there when nothing is to be done; else takes the lock, reads
     * everything again and runs. A {@code recorded} state given by the caller stands for the lock-free look (up to
     * four round trips fewer) where the tables' schema is set, and so their lock, before any look.
     */
    private MigrationResult change(Function<List<String>, List<Step>> plan, Checks checks, StampMode mode,
                                   Optional<RecordedState> recorded) {
        long start = System.nanoTime();
        boolean validate = checks == Checks.VALIDATE;
        boolean purge = mode == StampMode.PURGE;
        Optional<RecordedState> given = recorded.filter(state -> settings.versionTable().schema() != null);
        try (Connection connection = connector.open()) {
            Database database = Databases.detect(connection);
            // Every application start pays for this call: when a lock-free look shows nothing to do, stop there.
            // A run that finds work reads everything again under the lock, so racing runs still apply it once.
            BookkeepingTables tables;
            List<String> seen;
            if (given.isPresent()) {
                tables = BookkeepingTables.configured(database, settings.versionTable(), settings.historyTable());
                seen = given.get().current();
                if (validate) {
                    validation.validate(given.get(), settings);
                }
            } else {
                tables = tables(connection, database);
                seen = tables.versions().read(connection);
                if (validate) {
                    validation.validate(connection, tables, seen, settings);
                }
            }
            if (!purge && plan.apply(seen).isEmpty()) {
                return finish(List.of(), seen, seen, start);
            }
            refuseRunTransactionWithoutTransactionalDdl(database);
            Function<List<String>, List<Step>> planned = current -> planned(plan, purge, current);
            if (settings.lockMode() == LockMode.TRANSACTION) {
                Optional<TransactionLock> lock = database.transactionLock(tables.versions().table(),
                        settings.waitReportInterval());
                if (lock.isPresent()) {
                    return changeUnderTransactionLocks(connection, database, tables, lock.get(), seen, planned,
                            validate, start);
                }
            }
            try (MigrationLock.Held ignored = lock(connection, database, tables)) {
                // Read, validate and plan before writing anything, so bad input leaves the database untouched.
                BookkeepingTables locked = tables.again(connection);
                List<String> before = locked.versions().read(connection);
                if (validate && !before.equals(seen)) {
                    validation.validate(connection, locked, before, settings);
                }
                List<Step> steps = planned.apply(before);
                new UnfinishedRuns(locked.history(), scripts, database).report(connection);
                BookkeepingTables ready = locked.createMissing(connection);
                List<AppliedStep> applied = execute(connection, database, ready, before, steps, TransactionGuard.NONE)
                        .applied();
                return finish(applied, before, ready.versions().read(connection), start);
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
    private MigrationResult changeUnderTransactionLocks(Connection connection, Database database,
                                                        BookkeepingTables tables, TransactionLock lock,
                                                        List<String> seen, Function<List<String>, List<Step>> plan,
                                                        boolean validate, long start) throws SQLException {
        refuseNonTransactional(plan.apply(seen));
        try (Poolers.Restore ignored = Poolers.withoutServerSidePreparedStatements(connection)) {
            BookkeepingTables ready = prepareUnderLock(connection, database, tables, lock);
            List<AppliedStep> applied = new ArrayList<>();
            TransactionGuard guard = (c, expected) -> {
                lock.acquire(c, settings.lockWaitTimeout());
                return new HashSet<>(ready.versions().read(c)).equals(expected);
            };
            List<String> current = seen;
            List<String> validated = seen;
            while (true) {
                if (validate && !current.equals(validated)) {
                    validation.validate(connection, ready, current, settings);
                    validated = current;
                }
                List<Step> steps = plan.apply(current);
                refuseNonTransactional(steps);
                ExecutorOutcome outcome = execute(connection, database, ready, current, steps, guard);
                applied.addAll(outcome.applied());
                if (!outcome.stale()) {
                    return finish(applied, seen, ready.versions().read(connection), start);
                }
                current = ready.versions().read(connection);
            }
        }
    }

    /**
     * In one transaction under the lock: reports runs that stopped inside a non-transactional revision (a session-mode
     * run may have left one), and creates the version and history tables if missing; returns them, known to exist.
     */
    private BookkeepingTables prepareUnderLock(Connection connection, Database database, BookkeepingTables tables,
                                               TransactionLock lock) throws SQLException {
        connection.setAutoCommit(false);
        try {
            lock.acquire(connection, settings.lockWaitTimeout());
            BookkeepingTables locked = tables.again(connection);
            new UnfinishedRuns(locked.history(), scripts, database).report(connection);
            BookkeepingTables ready = locked.createMissing(connection);
            connection.commit();
            return ready;
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

    /** A database that commits DDL at once would commit the run's transaction at its first DDL statement. */
    private void refuseRunTransactionWithoutTransactionalDdl(Database database) {
        if (settings.transactionPer() == TransactionPer.RUN && !database.hasTransactionalDdl()) {
            throw new SettingException(database.displayName() + " commits DDL at once, so one transaction cannot hold "
                    + "a whole run and roll it back. Nothing was run. Use a transaction per revision "
                    + "(--transaction-per revision, migrations.transaction-per=revision).");
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
        return new MigrationResult(applied, before, after, Duration.ofNanos(System.nanoTime() - start));
    }

    private ExecutorOutcome execute(Connection connection, Database database, BookkeepingTables tables,
                                    List<String> before, List<Step> steps, TransactionGuard guard) throws SQLException {
        // Under transaction locks the session belongs to the pooler: no session setting is touched, nor put back.
        RunSession session = guard == TransactionGuard.NONE && !steps.isEmpty()
                ? database.runSession(connection) : RunSession.NONE;
        Executor executor = new Executor(database, tables, scripts, settings.timeouts(), settings.lockRetries(), guard,
                session, settings.transactionPer(), settings.stepListener());
        try (BlockerWatch watch = database.watchBlockers(session, this::watcher, settings.timeouts(),
                settings.waitReportInterval())) {
            return executor.run(connection, watch, before, steps);
        }
    }

    /** A second connection to watch for blocking sessions; without one the run goes on, only less explained. */
    private Optional<Connection> watcher() {
        try {
            return Optional.of(connector.open());
        } catch (DatabaseException e) {
            if (Thread.currentThread().isInterrupted()) {
                // The run ended while the watch was still connecting: nothing is left to watch.
                log.debug("Stopped opening the watch connection: {}", e.getMessage());
            } else {
                log.warn("Could not open a second connection to name sessions that block revision statements ({}); "
                        + "running without", e.getMessage());
            }
            return Optional.empty();
        }
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

    /**
     * Takes the migration lock on a connection of its own that stays idle in autocommit: it never holds a
     * transaction that {@code CREATE INDEX CONCURRENTLY} on the work connection would wait for, and the database
     * drops it with the session when the process dies. The key comes from the version table as the server resolved
     * it, so runs that spell it differently still exclude each other. A database without such a lock takes none.
     */
    private MigrationLock.Held lock(Connection connection, Database database, BookkeepingTables tables) {
        Optional<MigrationLock> lock = database.sessionLock(tables.versions().table(), settings.waitReportInterval());
        if (lock.isEmpty()) {
            return () -> { };
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
            refuseTransactionPooling(database, connection, lockConnection);
            MigrationLock.Held held = lock.get().acquire(lockConnection, settings.lockWaitTimeout());
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
    private static void refuseTransactionPooling(Database database, Connection work, Connection lockConnection) {
        Optional<String> seen;
        try {
            seen = database.transactionPooling(work, lockConnection);
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
}
