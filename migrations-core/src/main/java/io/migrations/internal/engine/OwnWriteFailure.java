package io.migrations.internal.engine;

import java.sql.SQLException;

/**
 * A failure of the engine's own SQL (the version or history row, a timeout setting) rather than of a revision's
 * statement; it keeps the database's error, SQL state included, and says which write it was.
 */
final class OwnWriteFailure extends SQLException {

    private final String what;

    /** @param what the write, e.g. {@code recording the version in public.alembic_version} */
    OwnWriteFailure(String what, SQLException cause) {
        super(cause.getMessage(), cause.getSQLState(), cause.getErrorCode(), cause);
        this.what = what;
    }

    /** Which write failed. */
    String what() {
        return what;
    }

    /** Runs one of the engine's own writes, naming it when it fails. */
    static void naming(String what, Write write) throws SQLException {
        try {
            write.run();
        } catch (OwnWriteFailure e) {
            throw e;
        } catch (SQLException e) {
            throw new OwnWriteFailure(what, e);
        }
    }

    /** One of the engine's own writes. */
    @FunctionalInterface
    interface Write {
        void run() throws SQLException;
    }
}
