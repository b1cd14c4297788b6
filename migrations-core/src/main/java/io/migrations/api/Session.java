package io.migrations.api;

import java.time.Duration;
import org.jspecify.annotations.Nullable;

/**
 * A database session as {@code pg_stat_activity} shows it, described for people who must decide
 * whether to wait for it or end it.
 *
 * @param pid         backend process id, the argument of {@code pg_terminate_backend}
 * @param user        database user
 * @param application {@code application_name}, often the only hint of which program it is
 * @param client      client address, or null for a local socket
 * @param state       e.g. {@code active}, {@code idle in transaction}
 * @param inState     how long it has been in that state
 * @param query       its current or last query
 */
public record Session(int pid, String user, String application, @Nullable String client, String state, Duration inState,
                      String query) {

    private static final int MAX_QUERY = 200;

    /** One line: pid, user, application, client, state and for how long, and the query. */
    public String describe() {
        return "pid " + pid + " (user " + user + ", application '" + (application == null ? "" : application)
                + "', client " + (client == null ? "local" : client) + ", " + state + " for " + seconds(inState)
                + ", query: " + abbreviate(query) + ")";
    }

    private static String seconds(Duration duration) {
        return duration == null ? "an unknown time" : String.format(java.util.Locale.ROOT, "%.1f s", duration.toMillis() / 1000.0);
    }

    private static String abbreviate(String sql) {
        if (sql == null || sql.isBlank()) {
            return "(none)";
        }
        String flat = sql.replaceAll("\\s+", " ").trim();
        return flat.length() <= MAX_QUERY ? flat : flat.substring(0, MAX_QUERY - 3) + "...";
    }
}
