package io.migrations.engine;

import io.migrations.db.DatabaseException;
import io.migrations.dialect.Dialect;
import io.migrations.history.HistoryRecord;
import io.migrations.history.HistoryTable;
import io.migrations.db.VersionTable;
import io.migrations.graph.Revision;
import io.migrations.plan.Direction;
import io.migrations.plan.Step;
import io.migrations.script.Script;
import io.migrations.script.Statement;
import io.migrations.script.StatementSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs planned steps on one connection: each transactional revision in its own transaction together
 * with its version-table and history rows; non-transactional revisions statement by statement in
 * autocommit, then their version and history rows in a short transaction.
 *
 * <p>Every statement of the plan is rendered before the first one runs, so a revision that cannot be
 * rendered (or has no downgrade) fails the run before it changes anything.
 */
public final class Executor {

    private static final Logger log = LoggerFactory.getLogger(Executor.class);

    private final Dialect dialect;
    private final VersionTable versions;
    private final HistoryTable history;
    private final Map<String, Script> scripts;
    private final Timeouts timeouts;

    public Executor(Dialect dialect, VersionTable versions, HistoryTable history, Map<String, Script> scripts, Timeouts timeouts) {
        this.dialect = dialect;
        this.versions = versions;
        this.history = history;
        this.scripts = scripts;
        this.timeouts = timeouts;
    }

    /** A step with its statements rendered. */
    private record Work(Step step, Script script, List<Statement> statements) {
    }

    /**
     * Runs {@code steps} in order and returns those that committed.
     *
     * @throws IrreversibleException before anything runs, when a downgrade step has no downgrade
     * @throws DatabaseException     when a statement fails; earlier steps stay committed
     */
    public List<AppliedStep> run(Connection connection, List<Step> steps) {
        List<Work> work = steps.stream().map(this::render).toList();
        List<AppliedStep> applied = new ArrayList<>(work.size());
        for (Work w : work) {
            long start = System.nanoTime();
            int ran = w.script() != null && !w.script().transactional()
                    ? runNonTransactional(connection, w, start)
                    : runTransactional(connection, w, start);
            Duration took = Duration.ofNanos(System.nanoTime() - start);
            log.info("Running {} ({} ms)", w.step().describe(), took.toMillis());
            applied.add(new AppliedStep(w.step(), took));
        }
        return applied;
    }

    private Work render(Step step) {
        if (step.direction() == Direction.STAMP) {
            return new Work(step, null, List.of());
        }
        Revision revision = step.revision().orElseThrow();
        Script script = scripts.get(revision.id());
        StatementSource source = step.direction() == Direction.UPGRADE ? script.upgrade()
                : script.downgrade().orElseThrow(() -> new IrreversibleException("Cannot downgrade through revision "
                        + revision.id() + " (" + revision.location() + "): it has no downgrade section. Nothing was run. "
                        + "Add a downgrade, or choose a target above it."));
        return new Work(step, script, source.statements(dialect));
    }

    private int runTransactional(Connection connection, Work w, long start) {
        int ran = 0;
        try {
            connection.setAutoCommit(false);
            applyTimeouts(connection, true);
            for (Statement statement : w.statements()) {
                execute(connection, statement);
                ran++;
            }
            versions.apply(connection, w.step().versionOps());
            history.insert(connection, record(w, start, true, ran, null));
            connection.commit();
            return ran;
        } catch (SQLException e) {
            rollback(connection);
            throw failure(connection, w, start, ran, e, false);
        } finally {
            restoreAutoCommit(connection);
        }
    }

    private int runNonTransactional(Connection connection, Work w, long start) {
        int ran = 0;
        try {
            connection.setAutoCommit(true);
            applyTimeouts(connection, false);
            for (Statement statement : w.statements()) {
                execute(connection, statement);
                ran++;
            }
            resetTimeouts(connection);
            connection.setAutoCommit(false);
            versions.apply(connection, w.step().versionOps());
            history.insert(connection, record(w, start, true, ran, null));
            connection.commit();
            return ran;
        } catch (SQLException e) {
            rollback(connection);
            throw failure(connection, w, start, ran, e, true);
        } finally {
            restoreAutoCommit(connection);
        }
    }

    private void execute(Connection connection, Statement statement) throws SQLException {
        try {
            if (statement.parameters().isEmpty()) {
                try (java.sql.Statement s = connection.createStatement()) {
                    s.execute(statement.sql());
                }
            } else {
                try (PreparedStatement ps = connection.prepareStatement(statement.sql())) {
                    for (int i = 0; i < statement.parameters().size(); i++) {
                        ps.setObject(i + 1, statement.parameters().get(i));
                    }
                    ps.execute();
                }
            }
        } catch (SQLException e) {
            throw new StatementFailure(statement, e);
        }
    }

    /** Carries the failing statement up to where the revision's context is known. */
    private static final class StatementFailure extends SQLException {
        private final transient Statement statement;

        StatementFailure(Statement statement, SQLException cause) {
            super(cause.getMessage(), cause.getSQLState(), cause.getErrorCode(), cause);
            this.statement = statement;
        }
    }

    private DatabaseException failure(Connection connection, Work w, long start, int ran, SQLException e, boolean autocommitted) {
        Revision revision = w.step().revision().orElse(null);
        String id = revision == null ? "stamp" : revision.id();
        StringBuilder message = new StringBuilder();
        message.append(capitalize(w.step().direction().label())).append(" of revision ").append(id);
        if (revision != null) {
            message.append(" (").append(revision.location());
            if (e instanceof StatementFailure f && f.statement.line() > 0) {
                message.append(":").append(f.statement.line());
            }
            message.append(")");
        }
        message.append(" failed: ").append(firstLine(e.getMessage()));
        if (e.getSQLState() != null) {
            message.append(" [SQL state ").append(e.getSQLState()).append("]");
        }
        if (e instanceof StatementFailure f) {
            message.append("\n  statement: ").append(abbreviate(f.statement.sql()));
        }
        List<String> before = w.step().from();
        String at = before.isEmpty() ? "base" : String.join(", ", before);
        if (autocommitted && ran > 0) {
            message.append("\n  This revision is not transactional: statements 1-").append(ran).append(" of ")
                    .append(w.statements().size()).append(" ran and stay applied; the version table still says ").append(at)
                    .append(". Undo or finish them by hand (they are: ")
                    .append(w.statements().subList(0, ran).stream().map(s -> "line " + s.line()).collect(Collectors.joining(", ")))
                    .append("), then run the command again.");
        } else {
            message.append("\n  The revision was rolled back; the database stays at ").append(at)
                    .append(". Fix the revision and run the command again.");
        }
        recordFailure(connection, w, start, ran, autocommitted ? ran : 0, e);
        return new DatabaseException(message.toString(), revision == null ? null : revision.id(),
                e instanceof StatementFailure && e.getCause() instanceof SQLException cause ? cause : e);
    }

    private void recordFailure(Connection connection, Work w, long start, int ran, int kept, SQLException e) {
        try {
            connection.setAutoCommit(true);
            history.insert(connection, record(w, start, false, kept, firstLine(e.getMessage())));
        } catch (SQLException recordError) {
            log.warn("Could not record the failure in {}: {}", history.table(), recordError.getMessage());
        }
    }

    private HistoryRecord record(Work w, long start, boolean success, int ran, String error) {
        Step step = w.step();
        Revision revision = step.revision().orElse(null);
        long ms = Duration.ofNanos(System.nanoTime() - start).toMillis();
        return new HistoryRecord(revision == null ? null : revision.id(), step.from(), step.direction(),
                revision == null ? "" : revision.message(), w.script() == null ? null : w.script().checksum(),
                ms, success, ran, error);
    }

    private void applyTimeouts(Connection connection, boolean local) throws SQLException {
        if (timeouts.isEmpty() || !"postgresql".equals(dialect.name())) {
            return;
        }
        String scope = local ? "SET LOCAL " : "SET ";
        try (java.sql.Statement s = connection.createStatement()) {
            if (timeouts.lockTimeout() != null) {
                s.execute(scope + "lock_timeout = " + timeouts.lockTimeout().toMillis());
            }
            if (timeouts.statementTimeout() != null) {
                s.execute(scope + "statement_timeout = " + timeouts.statementTimeout().toMillis());
            }
        }
    }

    private void resetTimeouts(Connection connection) throws SQLException {
        if (timeouts.isEmpty() || !"postgresql".equals(dialect.name())) {
            return;
        }
        try (java.sql.Statement s = connection.createStatement()) {
            s.execute("RESET lock_timeout");
            s.execute("RESET statement_timeout");
        }
    }

    private static void rollback(Connection connection) {
        try {
            if (!connection.getAutoCommit()) {
                connection.rollback();
            }
        } catch (SQLException e) {
            log.warn("Rollback failed: {}", e.getMessage());
        }
    }

    private static void restoreAutoCommit(Connection connection) {
        try {
            connection.setAutoCommit(true);
        } catch (SQLException e) {
            log.debug("Could not restore autocommit: {}", e.getMessage());
        }
    }

    private static String firstLine(String text) {
        if (text == null) {
            return "(no message)";
        }
        int nl = text.indexOf('\n');
        return nl < 0 ? text : text.substring(0, nl);
    }

    private static String abbreviate(String sql) {
        String flat = sql.replaceAll("\\s+", " ").trim();
        return flat.length() <= 300 ? flat : flat.substring(0, 297) + "...";
    }

    private static String capitalize(String word) {
        return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }
}
