package io.migrations.internal.platform;

import java.lang.reflect.Method;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import java.util.Set;

/**
 * pgjdbc's own side of a connection, reached by name, so that the library needs pgjdbc only where it is the driver in
 * use.
 *
 * @param type       pgjdbc's {@code PGConnection} interface
 * @param connection the connection as that interface
 */
record Pgjdbc(Class<?> type, Object connection) {

    private static final String PG_CONNECTION = "org.postgresql.PGConnection";
    /**
     * Query modes that send a batch of plain statements in the extended protocol, with one Sync at its end: after an
     * error the server skips everything up to it. In {@code simple} and {@code extendedForPrepared} each plain
     * statement goes as a query of its own and runs even after an earlier one failed.
     */
    private static final Set<String> EXTENDED_BATCHES = Set.of("EXTENDED", "EXTENDED_CACHE_EVERYTHING");

    /** pgjdbc's side of {@code connection}, or empty when another driver is behind it. */
    static Optional<Pgjdbc> of(Connection connection) throws SQLException {
        Class<?> type;
        try {
            type = Class.forName(PG_CONNECTION, false, connection.getClass().getClassLoader());
        } catch (ClassNotFoundException | LinkageError e) {
            return Optional.empty();
        }
        return connection.isWrapperFor(type) ? Optional.of(new Pgjdbc(type, connection.unwrap(type)))
                : Optional.empty();
    }

    /**
     * Whether a failed statement of a batch on {@code connection} stops the rest of the batch in the server, and
     * leaves the transaction it failed in to the caller: no savepoint of pgjdbc's own ({@code autosave}) is rolled
     * back to, which in a batch of several transactions would name one that an earlier commit had already ended.
     */
    static boolean batchStopsAtFailure(Connection connection) throws SQLException {
        Optional<Pgjdbc> pg = of(connection);
        if (pg.isEmpty()) {
            return false;
        }
        return pg.get().call("getPreferQueryMode") instanceof Enum<?> mode && EXTENDED_BATCHES.contains(mode.name())
                && pg.get().call("getAutosave") instanceof Enum<?> autosave && autosave.name().equals("NEVER");
    }

    /** Calls the no-argument method {@code name}. */
    Object call(String name) throws SQLException {
        try {
            return type.getMethod(name).invoke(connection);
        } catch (ReflectiveOperationException e) {
            throw new SQLException("Could not call pgjdbc's " + name + ": " + e, e);
        }
    }

    /** Calls the one-argument method {@code name}. */
    void call(String name, Class<?> parameter, Object argument) throws SQLException {
        try {
            Method method = type.getMethod(name, parameter);
            method.invoke(connection, argument);
        } catch (ReflectiveOperationException e) {
            throw new SQLException("Could not call pgjdbc's " + name + ": " + e, e);
        }
    }
}
