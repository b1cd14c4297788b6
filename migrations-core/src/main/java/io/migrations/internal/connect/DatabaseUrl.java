package io.migrations.internal.connect;

import io.migrations.api.InvalidUrlException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A database address as users give it, turned into what JDBC needs.
 *
 * <p>Accepts {@code postgresql://user:pass@host:5432/db?sslmode=require} and {@code postgres://…}
 * (the form Render, Supabase, Heroku and libpq use; user and password are URL-decoded) as well as
 * plain {@code jdbc:} URLs, which pass through. {@link #toString()} and {@link #describe()} never
 * contain the password.
 *
 * @param jdbcUrl  the JDBC URL, without credentials taken from the user-info part
 * @param user     user name, or null to let the driver decide
 * @param password password, or null
 */
public record DatabaseUrl(String jdbcUrl, String user, String password) {

    private static final Pattern LIBPQ = Pattern.compile("(?i)^(postgres|postgresql)://(?:([^@/]*)@)?([^/?]*)(/[^?]*)?(\\?.*)?$");
    private static final Pattern JDBC_HOST = Pattern.compile("^jdbc:[a-z0-9]+://([^/?;]*)(?:/([^?;]*))?");
    private static final Pattern SECRET_PARAM = Pattern.compile("(?i)(password|pass|pwd)=([^&;]*)");

    public DatabaseUrl {
        Objects.requireNonNull(jdbcUrl, "jdbcUrl");
    }

    /**
     * Parses a URL; {@code user} and {@code password}, when non-null, override those in the URL.
     *
     * @throws InvalidUrlException when the URL is of no supported form
     */
    public static DatabaseUrl parse(String url, String user, String password) {
        if (url == null || url.isBlank()) {
            throw new InvalidUrlException("No database URL given. Set DATABASE_URL or pass --url "
                    + "(postgresql://user:password@host:5432/database or a jdbc: URL).");
        }
        String trimmed = url.trim();
        DatabaseUrl parsed;
        if (trimmed.regionMatches(true, 0, "jdbc:", 0, 5)) {
            parsed = new DatabaseUrl(trimmed, null, null);
        } else {
            parsed = fromLibpq(trimmed);
        }
        return new DatabaseUrl(parsed.jdbcUrl, user != null ? user : parsed.user,
                password != null ? password : parsed.password);
    }

    private static DatabaseUrl fromLibpq(String url) {
        Matcher m = LIBPQ.matcher(url);
        if (!m.matches()) {
            throw new InvalidUrlException("Unsupported database URL '" + redact(url) + "'. Use "
                    + "postgresql://user:password@host:5432/database, postgres://… or a jdbc: URL.");
        }
        String userInfo = m.group(2);
        String hosts = m.group(3);
        String path = m.group(4) == null ? "/" : m.group(4);
        String query = m.group(5) == null ? "" : m.group(5);
        if (hosts.isEmpty()) {
            hosts = "localhost";
        }
        String user = null;
        String password = null;
        if (userInfo != null && !userInfo.isEmpty()) {
            int colon = userInfo.indexOf(':');
            user = decode(colon < 0 ? userInfo : userInfo.substring(0, colon));
            password = colon < 0 ? null : decode(userInfo.substring(colon + 1));
        }
        // libpq spells the connect timeout differently from pgjdbc; both are seconds.
        query = query.replaceAll("(?i)([?&])connect_timeout=", "$1connectTimeout=");
        return new DatabaseUrl("jdbc:postgresql://" + hosts + path + query, user, password);
    }

    private static String decode(String text) {
        return URLDecoder.decode(text.replace("+", "%2B"), StandardCharsets.UTF_8);
    }

    /** {@code host:port/database} for messages, e.g. {@code db.example.com:5432/app}. */
    public String describe() {
        Matcher m = JDBC_HOST.matcher(jdbcUrl);
        if (!m.find()) {
            return redact(jdbcUrl);
        }
        String host = m.group(1).isEmpty() ? "localhost" : m.group(1);
        if (!host.contains(":") || host.endsWith("]")) {
            host += jdbcUrl.startsWith("jdbc:postgresql:") ? ":5432" : "";
        }
        return host + "/" + (m.group(2) == null ? "" : m.group(2));
    }

    /** The JDBC URL with any password parameter replaced by {@code ***}. */
    public String redactedUrl() {
        return redact(jdbcUrl);
    }

    /** Replaces passwords in user-info and query parameters of any URL with {@code ***}. */
    public static String redact(String url) {
        if (url == null) {
            return null;
        }
        String withoutUserInfo = url.replaceAll("(://[^:/@?]*):[^@/?]*@", "$1:***@");
        return SECRET_PARAM.matcher(withoutUserInfo).replaceAll("$1=***");
    }

    @Override
    public String toString() {
        return "DatabaseUrl[" + redactedUrl() + (user == null ? "" : ", user=" + user) + "]";
    }
}
