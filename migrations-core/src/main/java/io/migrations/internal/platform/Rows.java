package io.migrations.internal.platform;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/** Runs a catalog query and hands each row to a handler: the loop both readers share. */
final class Rows {

    /** What to do with one row. */
    @FunctionalInterface
    interface Handler {

        void row(ResultSet rows) throws SQLException;
    }

    private Rows() {
    }

    /** Executes {@code statement} (its parameters already set) and calls {@code handler} for each row. */
    static void each(PreparedStatement statement, Handler handler) throws SQLException {
        try (ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                handler.row(rows);
            }
        }
    }
}
