package io.migrations.engine;

import io.migrations.db.VersionTable;
import io.migrations.dialect.Dialect;
import io.migrations.history.HistoryTable;
import java.sql.Connection;
import java.sql.SQLException;

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
        if (timeouts.isEmpty() || !postgres()) {
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
