package io.migrations.internal.connect;

import io.migrations.api.InvalidUrlException;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A PostgreSQL connection string split into its parts the lenient way libpq reads one, before anything is decoded:
 * {@code postgresql://}, {@code postgres://} and {@code jdbc:postgresql://} URLs, whose credentials end at the last
 * {@code @} before the host (so a password may hold unencoded {@code ?/@#:%}), and libpq's
 * {@code host=… port=… dbname=… user=… password=…} form.
 *
 * <p>Splitting never fails on a URL and never looks inside the credentials, so {@link #masked()} works on any URL,
 * also one whose password holds a bad percent-escape; {@link #toDatabaseUrl()} then decodes and validates.
 *
 * @param prefix   the scheme as written, e.g. {@code postgres://}, or empty for the key=value form
 * @param userInfo the credentials before the host, as written ({@code user} or {@code user:password}), or null
 * @param hosts    {@code host[:port][,host[:port]]…} as written
 * @param database the path after the hosts, as written without the slash, or null
 * @param params   the query parameters (URLs, still percent-encoded) or the other keywords (key=value form)
 */
record ConnectionString(String prefix, String userInfo, String hosts, String database, List<Param> params) {

    private static final List<String> PREFIXES = List.of("postgresql://", "postgres://", "jdbc:postgresql://");
    private static final String MASK = "***";

    /** One {@code key=value} of a query string or a key=value connection string. */
    record Param(String key, String value) {

        boolean isSecret() {
            String lower = key.toLowerCase(Locale.ROOT);
            return lower.endsWith("password") || lower.endsWith("passwd") || lower.equals("pwd");
        }
    }

    /** Whether {@code text} is a form this class reads (it may still fail {@link #toDatabaseUrl()}). */
    static boolean isPostgres(String text) {
        return prefixOf(text).isPresent() || KeyValues.looksLike(text);
    }

    /**
     * Splits a connection string.
     *
     * @throws InvalidUrlException when the text is of no PostgreSQL form, or a key=value string cannot be read;
     *                             the message shows no part of the text
     */
    static ConnectionString split(String text) {
        Optional<String> prefix = prefixOf(text);
        if (prefix.isPresent()) {
            return uri(text.substring(0, prefix.get().length()), text.substring(prefix.get().length()));
        }
        if (KeyValues.looksLike(text)) {
            return KeyValues.read(text);
        }
        throw new InvalidUrlException("Unsupported database URL. Use postgresql://… or postgres://… as libpq reads them, "
                + "host=… dbname=… user=… password=…, or a jdbc: URL.");
    }

    private static Optional<String> prefixOf(String text) {
        return PREFIXES.stream().filter(p -> text.regionMatches(true, 0, p, 0, p.length())).findFirst();
    }

    private static ConnectionString uri(String prefix, String rest) {
        int at = credentialsEnd(rest);
        String userInfo = at < 0 ? null : rest.substring(0, at);
        String tail = rest.substring(at + 1);
        int hostsEnd = indexOfAny(tail, "/?#", 0);
        String hosts = hostsEnd < 0 ? tail : tail.substring(0, hostsEnd);
        String database = null;
        String query = null;
        if (hostsEnd >= 0) {
            int queryStart = tail.charAt(hostsEnd) == '/' ? indexOfAny(tail, "?#", hostsEnd) : hostsEnd;
            int end = queryStart < 0 ? tail.length() : queryStart;
            if (tail.charAt(hostsEnd) == '/') {
                database = tail.substring(hostsEnd + 1, end);
            }
            if (queryStart >= 0 && tail.charAt(queryStart) == '?') {
                int fragment = tail.indexOf('#', queryStart);
                query = tail.substring(queryStart + 1, fragment < 0 ? tail.length() : fragment);
            }
        }
        return new ConnectionString(prefix, userInfo, hosts, database, queryParams(query));
    }

    /**
     * The {@code @} that ends the credentials: the last one before which the user name (up to the first {@code :})
     * holds no {@code /?#} and after which a host list follows; failing that, the last one with such a user name, so
     * that credentials before a broken host are still masked; -1 when there are no credentials.
     */
    private static int credentialsEnd(String rest) {
        int fallback = -1;
        for (int at = rest.lastIndexOf('@'); at >= 0; at = at == 0 ? -1 : rest.lastIndexOf('@', at - 1)) {
            String userInfo = rest.substring(0, at);
            int colon = userInfo.indexOf(':');
            if (indexOfAny(colon < 0 ? userInfo : userInfo.substring(0, colon), "/?#", 0) >= 0) {
                continue;
            }
            String tail = rest.substring(at + 1);
            int end = indexOfAny(tail, "/?#", 0);
            if (Hosts.looksLikeHosts(end < 0 ? tail : tail.substring(0, end))) {
                return at;
            }
            fallback = Math.max(fallback, at);
        }
        return fallback;
    }

    private static List<Param> queryParams(String query) {
        List<Param> params = new ArrayList<>();
        if (query == null || query.isEmpty()) {
            return params;
        }
        for (String pair : query.split("&", -1)) {
            int equals = pair.indexOf('=');
            params.add(equals < 0 ? new Param(pair, null) : new Param(pair.substring(0, equals), pair.substring(equals + 1)));
        }
        return params;
    }

    private static int indexOfAny(String text, String characters, int from) {
        for (int i = from; i < text.length(); i++) {
            if (characters.indexOf(text.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
    }

    /** The string in its own form without any password: {@code postgresql://app:***@db:5432/shop?sslmode=require}. */
    String masked() {
        if (prefix.isEmpty()) {
            return KeyValues.render(this, true);
        }
        StringBuilder out = new StringBuilder(prefix);
        if (userInfo != null) {
            int colon = userInfo.indexOf(':');
            out.append(colon < 0 ? userInfo : userInfo.substring(0, colon) + ":" + MASK).append('@');
        }
        out.append(hosts);
        if (database != null) {
            out.append('/').append(database);
        }
        appendQuery(out, params, true);
        return out.toString();
    }

    private static void appendQuery(StringBuilder out, List<Param> params, boolean mask) {
        String separator = "?";
        for (Param p : params) {
            out.append(separator).append(p.key());
            if (p.value() != null) {
                out.append('=').append(mask && p.isSecret() ? MASK : p.value());
            }
            separator = "&";
        }
    }

    /**
     * Decodes and validates the parts into a JDBC URL without credentials plus the user and password, renaming
     * libpq's parameters pgjdbc spells differently.
     *
     * @throws InvalidUrlException for a bad percent-escape, port or host list; the message shows no part of a value
     */
    DatabaseUrl toDatabaseUrl() {
        String user = null;
        String password = null;
        if (userInfo != null && !prefix.isEmpty()) {
            int colon = userInfo.indexOf(':');
            user = decode(colon < 0 ? userInfo : userInfo.substring(0, colon), "user name");
            password = colon < 0 ? null : decode(userInfo.substring(colon + 1), "password");
            user = user.isEmpty() ? null : user;
        }
        List<Param> driverParams = new ArrayList<>();
        for (Param p : params) {
            if (prefix.isEmpty() && KeyValues.ADDRESS.contains(p.key())) {
                continue;
            }
            if (p.value() == null) {
                throw new InvalidUrlException("Invalid database URL: a parameter has no '=value'. Write parameters as "
                        + "?key=value&key=value.");
            }
            String key = prefix.isEmpty() ? p.key() : p.key().toLowerCase(Locale.ROOT);
            String value = prefix.isEmpty() ? p.value() : decode(p.value(), "value of parameter " + p.key());
            switch (key) {
                case "user" -> user = user != null ? user : value;
                case "password" -> password = password != null ? password : value;
                default -> driverParams.add(new Param(p.key(), value));
            }
        }
        String hostList = Hosts.validate(hosts);
        String db = database == null ? "" : prefix.isEmpty() ? database : decode(database, "database name");
        StringBuilder jdbc = new StringBuilder("jdbc:postgresql://").append(hostList).append('/').append(encode(db));
        appendQuery(jdbc, DriverParams.translate(driverParams).stream()
                .map(p -> new Param(p.key(), encode(p.value()))).toList(), false);
        return new DatabaseUrl(jdbc.toString(), user, password);
    }

    /**
     * Strict percent-decoding as libpq does it, as UTF-8; {@code +} stays a plus.
     *
     * @throws InvalidUrlException naming the part, never its characters
     */
    static String decode(String text, String what) {
        if (text.indexOf('%') < 0) {
            return text;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c != '%') {
                bytes.writeBytes(String.valueOf(c).getBytes(StandardCharsets.UTF_8));
                continue;
            }
            int high = i + 2 < text.length() ? Character.digit(text.charAt(i + 1), 16) : -1;
            int low = high < 0 ? -1 : Character.digit(text.charAt(i + 2), 16);
            if (low < 0) {
                throw new InvalidUrlException("Invalid database URL: the " + what + " has a '%' that is not followed by "
                        + "two hexadecimal digits. Write a '%' in it as %25 (the value is not shown).");
            }
            bytes.write(high * 16 + low);
            i += 2;
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes.toByteArray())).toString();
        } catch (CharacterCodingException e) {
            throw new InvalidUrlException("Invalid database URL: the " + what
                    + " is not UTF-8 once its percent-escapes are decoded (the value is not shown).");
        }
    }

    /** Percent-encodes what a JDBC URL part cannot hold as is. */
    static String encode(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if (Character.isLetterOrDigit(c) && c < 0x80 || "-._~".indexOf(c) >= 0) {
                out.append((char) c);
            } else {
                out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
            }
        }
        return out.toString();
    }
}
