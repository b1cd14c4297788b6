package io.migrations.internal.engine;

import io.migrations.api.Timeouts;
import io.migrations.internal.bookkeeping.HistoryTable;
import io.migrations.internal.bookkeeping.VersionTable;
import io.migrations.internal.platform.Database;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * What every revision of a run shares.
 *
 * @param database     the database
 * @param versions     the version table
 * @param history      the history table
 * @param timeouts     timeouts for revision statements, where the database has them
 * @param sessionReset statements that put back the session settings a revision may change (the search_path)
 */
record RunContext(Database database, VersionTable versions, HistoryTable history, Timeouts timeouts,
                  List<String> sessionReset) {

    RunContext {
        sessionReset = List.copyOf(sessionReset);
    }

    /** Puts back the session settings a revision may have changed. */
    void resetSession(Connection connection) throws SQLException {
        execute(connection, sessionReset);
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
