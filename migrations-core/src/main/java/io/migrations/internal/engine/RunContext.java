package io.migrations.internal.engine;

import io.migrations.api.Timeouts;
import io.migrations.internal.bookkeeping.HistoryTable;
import io.migrations.internal.bookkeeping.VersionTable;
import io.migrations.internal.plan.VersionOp;
import io.migrations.internal.platform.Database;
import io.migrations.internal.platform.RunSession;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/**
 * What every revision of a run shares.
 *
 * @param database     the database
 * @param versions     the version table
 * @param history      the history table
 * @param timeouts     timeouts for revision statements, where the database has them
 * @param session      what the run learnt of its session: what to put back after each revision (the search_path),
 *                     and whether the version table's changes can be checked in the database
 */
record RunContext(Database database, VersionTable versions, HistoryTable history, Timeouts timeouts,
                  RunSession session) {

    /** The statements that put back the session settings a revision may have changed. */
    List<String> sessionReset() {
        return session.resetStatements();
    }

    /** Puts back the session settings a revision may have changed. */
    void resetSession(Connection connection) throws SQLException {
        execute(connection, sessionReset());
    }

    /**
     * Each change of the version table as a statement the database checks itself, or empty when it cannot check one
     * in this session.
     */
    Optional<List<String>> checkedVersionSql(List<VersionOp> ops) {
        if (!session.checksWrites()) {
            return Optional.empty();
        }
        List<String> checked = ops.stream().map(versions::checkedSql).flatMap(Optional::stream).toList();
        return checked.size() == ops.size() ? Optional.of(checked) : Optional.empty();
    }

    /** Sets the timeouts for the current transaction or the session. */
    void applyTimeouts(Connection connection, Database.Scope scope) throws SQLException {
        execute(connection, timeoutStatements(scope));
    }

    /** The statements that set the timeouts for the current transaction or the session. */
    List<String> timeoutStatements(Database.Scope scope) {
        return database.timeoutStatements(timeouts, scope);
    }

    /** Undoes session-level timeouts so they do not apply to bookkeeping or outlive the run on a pooled connection. */
    void resetTimeouts(Connection connection) throws SQLException {
        execute(connection, database.resetTimeoutStatements(timeouts));
    }

    private static void execute(Connection connection, List<String> statements) throws SQLException {
        if (statements.isEmpty()) {
            return;
        }
        try (java.sql.Statement s = connection.createStatement()) {
            for (String sql : statements) {
                s.execute(sql);
            }
        }
    }
}
