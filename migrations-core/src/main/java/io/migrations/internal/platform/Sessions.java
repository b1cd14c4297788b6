package io.migrations.internal.platform;

import io.migrations.api.Session;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Finds the PostgreSQL sessions that stand in a migration's way, as the troubleshooting procedure
 * with {@code pg_locks} and {@code pg_stat_activity} would by hand.
 */
public final class Sessions {

    private static final String COLUMNS = "SELECT a.pid, a.usename, a.application_name, host(a.client_addr), a.state, "
            + "EXTRACT(EPOCH FROM (clock_timestamp() - a.state_change)), a.query FROM pg_stat_activity a ";
    private static final String BLOCKING = COLUMNS + "WHERE a.pid = ANY (pg_blocking_pids(?)) ORDER BY a.pid";
    private static final String ADVISORY_HOLDERS = COLUMNS + "JOIN pg_locks l ON l.pid = a.pid WHERE l.locktype = 'advisory' "
            + "AND l.granted AND l.classid::bigint = ? AND l.objid::bigint = ? AND l.objsubid = 1 ORDER BY a.pid";

    private Sessions() {
    }

    /** The sessions whose locks the backend {@code pid} is waiting for; empty when it waits for none. */
    public static List<Session> blocking(Connection connection, int pid) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(BLOCKING)) {
            ps.setInt(1, pid);
            return read(ps);
        }
    }

    /** The sessions holding the session-level advisory lock {@code key}. */
    public static List<Session> holdingAdvisoryLock(Connection connection, long key) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(ADVISORY_HOLDERS)) {
            ps.setLong(1, key >>> 32);
            ps.setLong(2, key & 0xffffffffL);
            return read(ps);
        }
    }

    /** The backend process id of {@code connection}'s session. */
    public static int backendPid(Connection connection) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("SELECT pg_backend_pid()");
             ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getInt(1);
        }
    }

    /** The sessions described one after the other, separated by semicolons. */
    public static String describe(List<Session> sessions) {
        return sessions.stream().map(Session::describe).collect(Collectors.joining("; "));
    }

    /** What to do about blocking sessions, naming the statement that ends them. */
    public static String howToEnd(List<Session> sessions) {
        String pids = sessions.stream().map(s -> Integer.toString(s.pid())).collect(Collectors.joining(", "));
        return "Wait for them to commit, or end them with SELECT pg_terminate_backend(pid) FROM unnest(ARRAY["
                + pids + "]) AS pid";
    }

    private static List<Session> read(PreparedStatement ps) throws SQLException {
        List<Session> sessions = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                double seconds = rs.getDouble(6);
                Duration inState = rs.wasNull() ? null : Duration.ofMillis(Math.round(seconds * 1000));
                sessions.add(new Session(rs.getInt(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                        inState, rs.getString(7)));
            }
        }
        return sessions;
    }
}
