package io.migrations.internal.engine;

import io.migrations.internal.platform.BlockerWatch;
import io.migrations.internal.sql.SqlLexer;
import io.migrations.internal.sql.Statement;
import io.migrations.internal.sql.Token;
import java.sql.BatchUpdateException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Sends one attempt's statements to the database, queuing those that can travel together so that a
 * transactional revision on PostgreSQL costs one round trip for its statements, its bookkeeping and, in a
 * transaction of its own, its commit; or, for a {@link RevisionChain}, several revisions' transactions.
 *
 * <p>Only statements that cannot return rows are queued: JDBC runs a batched query with a row limit
 * of one, which would cut short a {@code SELECT} that changes data row by row. Statements with
 * parameters, and every statement when queuing is off, run alone at once. When a queued statement
 * fails, the driver's error names its position in the batch, so the failure still names the statement.
 */
final class Pipeline {

    /** First words of statements that return no rows (a {@code RETURNING} clause is checked apart). */
    private static final Set<String> NO_ROWS = Set.of("create", "alter", "drop", "insert", "update", "delete",
            "comment", "grant", "revoke", "truncate", "do", "set", "reset", "lock", "refresh", "cluster", "reindex",
            "analyze", "security", "import");
    /** pgjdbc's "Batch entry 3 ... was aborted"; the entry number comes first in every translation. */
    private static final Pattern ENTRY = Pattern.compile("(\\d+)");

    private final Connection connection;
    private final BlockerWatch watch;
    private final Function<List<Statement>, String> describe;
    private final boolean queuing;
    private final List<Entry> queued = new ArrayList<>();
    private int ran;
    private Statement current;
    private int failedEntry = -1;

    /**
     * @param queuing whether statements may wait to travel together; only for a transactional attempt on
     *                PostgreSQL, whose driver sends a batch in one round trip and names the entry that failed
     * @param describe names statements sent together for the blocker watch, e.g. {@link Work#describeTogether}
     */
    Pipeline(Connection connection, BlockerWatch watch, Function<List<Statement>, String> describe, boolean queuing) {
        this.connection = connection;
        this.watch = watch;
        this.describe = describe;
        this.queuing = queuing;
    }

    /** Whether {@link #add} queues {@code statement} when queuing is on, rather than running it alone. */
    static boolean queues(Statement statement) {
        return statement.parameters().isEmpty() && returnsNoRows(statement.sql());
    }

    /** Runs {@code statement}, or queues it to run with the next ones. */
    void add(Statement statement) throws SQLException {
        if (queuing && queues(statement)) {
            queued.add(new Entry(statement.sql(), statement, null));
            return;
        }
        flush();
        current = statement;
        try (BlockerWatch.Watching ignored = watch.watch(describe.apply(List.of(statement)))) {
            executeAlone(statement);
        }
        current = null;
        ran++;
    }

    /**
     * Queues SQL of the engine's own (timeouts, version and history rows); it counts as no statement of the revision.
     *
     * @param what the write, for the error when it fails, e.g. {@code recording the version in public.alembic_version}
     */
    void addBookkeeping(String sql, String what) {
        queued.add(new Entry(sql, null, what));
    }

    /**
     * Queues the commit of the transaction, for an attempt whose own writes the database checks itself: nothing may
     * need an answer before it. Its failure (a deferred constraint, say) is the revision's, not the engine's.
     */
    void addCommit() {
        queued.add(new Entry("COMMIT", null, null));
    }

    /** Queues the start of a transaction, after a commit queued earlier. */
    void addBegin() {
        queued.add(new Entry("BEGIN", null, null));
    }

    /** How many entries are queued. */
    int queued() {
        return queued.size();
    }

    /**
     * Sends everything queued.
     *
     * @return the update count of each statement sent, in order; empty when nothing was queued
     */
    int[] flush() throws SQLException {
        if (queued.isEmpty()) {
            return new int[0];
        }
        List<Statement> statements = queued.stream().map(Entry::statement).filter(s -> s != null).toList();
        try (java.sql.Statement batch = connection.createStatement();
             BlockerWatch.Watching ignored = watch.watch(describe.apply(statements))) {
            for (Entry entry : queued) {
                batch.addBatch(entry.sql());
            }
            int[] counts = batch.executeBatch();
            if (counts.length != queued.size()) {
                // The counts must line up with what was queued, or the version-table check would read the wrong one.
                throw new SQLException("The database driver answered " + counts.length + " results for "
                        + queued.size() + " statements sent together; nothing was committed. Report this with the "
                        + "driver's version.");
            }
            ran += statements.size();
            return counts;
        } catch (BatchUpdateException e) {
            throw blame(e);
        } finally {
            queued.clear();
        }
    }

    /** Statements of the revision that completed. */
    int ran() {
        return ran;
    }

    /** The statement that failed, or null when it was the engine's own SQL or cannot be told. */
    Statement failed() {
        return current;
    }

    /** The position, among the entries of the last {@link #flush}, of the one that failed; -1 when none can be told. */
    int failedEntry() {
        return failedEntry;
    }

    /** Whether PostgreSQL's answer to {@code sql} can only be an update count. */
    static boolean returnsNoRows(String sql) {
        List<Token> tokens = SqlLexer.tokens(sql);
        return !tokens.isEmpty() && tokens.get(0).kind() == SqlLexer.Kind.WORD
                && NO_ROWS.contains(tokens.get(0).text()) && tokens.stream().noneMatch(token -> token.is("returning"));
    }

    /**
     * Notes which queued statement failed and returns the database's own error for it, naming the write when it was
     * the engine's own.
     */
    private SQLException blame(BatchUpdateException e) {
        Matcher number = ENTRY.matcher(e.getMessage() == null ? "" : e.getMessage());
        int failed = number.find() ? Integer.parseInt(number.group(1)) : -1;
        SQLException cause = e.getNextException() != null ? e.getNextException() : e;
        if (failed >= 0 && failed < queued.size()) {
            failedEntry = failed;
            for (Entry entry : queued.subList(0, failed)) {
                ran += entry.statement() == null ? 0 : 1;
            }
            Entry entry = queued.get(failed);
            current = entry.statement();
            if (entry.what() != null) {
                return new OwnWriteFailure(entry.what(), cause);
            }
        }
        return cause;
    }

    private void executeAlone(Statement statement) throws SQLException {
        if (statement.parameters().isEmpty()) {
            try (java.sql.Statement s = connection.createStatement()) {
                s.execute(statement.sql());
            }
            return;
        }
        try (PreparedStatement ps = connection.prepareStatement(statement.sql())) {
            for (int i = 0; i < statement.parameters().size(); i++) {
                ps.setObject(i + 1, statement.parameters().get(i));
            }
            ps.execute();
        }
    }

    /** A queued statement: the revision's, or else the engine's own SQL and what it writes. */
    private record Entry(String sql, Statement statement, String what) {
    }
}
