package io.migrations.internal.connect;

import io.migrations.api.InvalidUrlException;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A database address as users give it, turned into what JDBC needs.
 *
 * <p>Reads {@code postgresql://user:pass@host:5432/db?sslmode=require} and {@code postgres://…} (the form Render,
 * Supabase, Heroku and libpq use), {@code jdbc:postgresql://…} (also with {@code user:pass@} before the host, which
 * the driver itself cannot read) and libpq's {@code host=… dbname=… user=… password=…}, leniently as libpq does: the
 * credentials end at the last {@code @} before the host, so a password may hold unencoded {@code ?/@#:}; user,
 * password and database are percent-decoded. Other {@code jdbc:} URLs pass through. The resulting {@link #jdbcUrl()}
 * never holds the password (a {@code password} parameter is taken out too), and {@link #toString()},
 * {@link #describe()} and {@link #mask(String)} never show it.
 *
 * @param jdbcUrl  the JDBC URL, without credentials
 * @param user     user name, or null to let the driver decide
 * @param password password, or null
 */
public record DatabaseUrl(String jdbcUrl, String user, String password) {

    private static final String JDBC_POSTGRES = "jdbc:postgresql://";

    public DatabaseUrl {
        Objects.requireNonNull(jdbcUrl, "jdbcUrl");
    }

    /**
     * Parses a URL; {@code user} and {@code password}, when non-null, override those in the URL.
     *
     * @throws InvalidUrlException when the URL is of no supported form or cannot be read (a bad percent-escape, port
     *                             or host); the message never shows the password or any part of a bad value
     */
    public static DatabaseUrl parse(String url, String user, String password) {
        if (url == null || url.isBlank()) {
            throw new InvalidUrlException("No database URL given. Set DATABASE_URL or pass --url "
                    + "(postgresql://… as Render, Supabase and Heroku give it, or a jdbc: URL).");
        }
        String trimmed = url.trim();
        DatabaseUrl parsed = isOtherJdbc(trimmed) ? new DatabaseUrl(trimmed, null, null)
                : ConnectionString.split(trimmed).toDatabaseUrl();
        return new DatabaseUrl(parsed.jdbcUrl, user != null ? user : parsed.user,
                password != null ? password : parsed.password);
    }

    /** Whether {@code text} is written as a database URL or connection string, e.g. a URL given where a target belongs. */
    public static boolean looksLikeUrl(String text) {
        String trimmed = text.trim();
        return trimmed.contains("://") || trimmed.regionMatches(true, 0, "jdbc:", 0, 5) || ConnectionString.isPostgres(trimmed);
    }

    /**
     * The URL or connection string in its own form with the password taken out by its structure, not by a pattern:
     * {@code postgresql://app:***@db:5432/shop}. Works on strings {@link #parse} rejects; text that is no database
     * URL is returned unchanged.
     */
    public static String mask(String url) {
        if (url == null) {
            return null;
        }
        String trimmed = url.strip();
        if (isOtherJdbc(trimmed) || !ConnectionString.isPostgres(trimmed)) {
            return trimmed.contains("://") || trimmed.regionMatches(true, 0, "jdbc:", 0, 5) ? OtherUrls.mask(trimmed) : url;
        }
        try {
            return ConnectionString.split(trimmed).masked();
        } catch (InvalidUrlException e) {
            return "(a connection string that could not be read, not shown)";
        }
    }

    private static boolean isOtherJdbc(String url) {
        return url.regionMatches(true, 0, "jdbc:", 0, 5) && !url.regionMatches(true, 0, JDBC_POSTGRES, 0, JDBC_POSTGRES.length());
    }

    /** {@code host:port/database} for messages, e.g. {@code db.example.com:5432/app}. */
    public String describe() {
        if (!jdbcUrl.regionMatches(true, 0, JDBC_POSTGRES, 0, JDBC_POSTGRES.length())) {
            return OtherUrls.describe(jdbcUrl);
        }
        ConnectionString parts = ConnectionString.split(jdbcUrl);
        String hosts = parts.hosts().isEmpty() ? "localhost:5432" : Stream.of(parts.hosts().split(","))
                .map(Hosts::withDefaultPort).collect(Collectors.joining(","));
        return hosts + "/" + (parts.database() == null ? "" : parts.database());
    }

    /** The JDBC URL with any password masked. */
    public String redactedUrl() {
        return mask(jdbcUrl);
    }

    /** Removes this URL's password from free text such as a driver's error message, wherever it appears. */
    public Redactor redactor() {
        return Redactor.NONE.withSecret(password);
    }

    /** Whether the URL asks for SSL without falling back: {@code sslmode} require, verify-ca or verify-full, or {@code ssl=true}. */
    public boolean requiresSsl() {
        if (!jdbcUrl.regionMatches(true, 0, JDBC_POSTGRES, 0, JDBC_POSTGRES.length())) {
            return false;
        }
        return ConnectionString.split(jdbcUrl).params().stream().filter(p -> p.value() != null).anyMatch(p ->
                p.key().equalsIgnoreCase("sslmode") && List.of("require", "verify-ca", "verify-full")
                        .contains(p.value().toLowerCase(Locale.ROOT))
                        || p.key().equalsIgnoreCase("ssl") && p.value().equalsIgnoreCase("true"));
    }

    /** Whether the driver is PostgreSQL's. */
    public boolean isPostgres() {
        return jdbcUrl.toLowerCase(Locale.ROOT).startsWith("jdbc:postgresql:");
    }

    @Override
    public String toString() {
        return "DatabaseUrl[" + redactedUrl() + (user == null ? "" : ", user=" + user) + "]";
    }
}
