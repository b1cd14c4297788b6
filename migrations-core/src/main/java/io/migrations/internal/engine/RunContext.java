package io.migrations.internal.engine;

import io.migrations.api.Timeouts;
import io.migrations.internal.bookkeeping.HistoryTable;
import io.migrations.internal.bookkeeping.VersionTable;
import io.migrations.internal.platform.Dialect;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * What every revision of a run shares.
 *
 * @param dialect  the database's dialect
 * @param versions the version table
 * @param history  the history table
 * @param timeouts PostgreSQL timeouts for revision statements
 */
record RunContext(Dialect dialect, VersionTable versions, HistoryTable history, Timeouts timeouts) {

    boolean postgres() {
        return "postgresql".equals(dialect.name());
    }

    /** Sets the timeouts for the current transaction ({@code local}) or the session. */
    void applyTimeouts(Connection connection, boolean local) throws SQLException {
        try (java.sql.Statement s = connection.createStatement()) {
            for (String sql : timeoutStatements(local)) {
                s.execute(sql);
            }
        }
    }

    /** The statements that set the timeouts for the current transaction ({@code local}) or the session. */
    List<String> timeoutStatements(boolean local) {
        if (timeouts.isEmpty() || !postgres()) {
            return List.of();
        }
        String scope = local ? "SET LOCAL " : "SET ";
        List<String> statements = new ArrayList<>(2);
        if (timeouts.lockTimeout() != null) {
            statements.add(scope + "lock_timeout = " + timeouts.lockTimeout().toMillis());
        }
        if (timeouts.statementTimeout() != null) {
            statements.add(scope + "statement_timeout = " + timeouts.statementTimeout().toMillis());
        }
        return statements;
    }

    /** Undoes session-level timeouts so they do not apply to bookkeeping or outlive the run on a pooled connection. */
    void resetTimeouts(Connection connection) throws SQLException {
        if (timeouts.isEmpty() || !postgres()) {
            return;
        }
        try (java.sql.Statement s = connection.createStatement()) {
            s.execute("RESET lock_timeout");
            s.execute("RESET statement_timeout");
        }
    }
}
