package io.migrations.internal.connect;

import io.migrations.api.InvalidUrlException;
import io.migrations.internal.connect.ConnectionString.Param;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * libpq's key=value connection string, {@code host=db port=5432 dbname=app user=app password='it''s'}: values are
 * bare words or single-quoted with backslash escapes, as libpq reads them.
 */
final class KeyValues {

    /** Keywords that make up the host list and database rather than parameters for the driver. */
    static final Set<String> ADDRESS = Set.of("host", "hostaddr", "port", "dbname");

    private KeyValues() {
    }

    /** Whether {@code text} starts with {@code keyword=}. */
    static boolean looksLike(String text) {
        int i = skipSpace(text, 0);
        int end = keywordEnd(text, i);
        return end > i && skipSpace(text, end) < text.length() && text.charAt(skipSpace(text, end)) == '=';
    }

    /**
     * Reads the keywords in order.
     *
     * @throws InvalidUrlException when a keyword has no value or a quote is not closed; the message shows no value
     */
    static ConnectionString read(String text) {
        List<Param> params = new ArrayList<>();
        int i = skipSpace(text, 0);
        while (i < text.length()) {
            int end = keywordEnd(text, i);
            int equals = skipSpace(text, end);
            if (end == i || equals >= text.length() || text.charAt(equals) != '=') {
                throw invalid("expected keyword=value");
            }
            String key = text.substring(i, end);
            StringBuilder value = new StringBuilder();
            i = readValue(text, skipSpace(text, equals + 1), value);
            params.add(new Param(key, value.toString()));
            i = skipSpace(text, i);
        }
        if (first(params, "host").orElse("").startsWith("/")) {
            throw invalid("a Unix-domain socket directory as host is not supported by the JDBC driver; "
                    + "give a host name such as host=localhost");
        }
        return new ConnectionString("", null, hosts(params), first(params, "dbname").orElse(null), params);
    }

    /** The host list {@code host[:port],…} pairing libpq's comma-separated host and port lists. */
    private static String hosts(List<Param> params) {
        String[] hosts = first(params, "host").or(() -> first(params, "hostaddr")).orElse("").split(",", -1);
        String[] ports = first(params, "port").orElse("").split(",", -1);
        List<String> items = new ArrayList<>();
        for (int n = 0; n < hosts.length; n++) {
            String host = hosts[n].contains(":") && !hosts[n].startsWith("[") ? "[" + hosts[n] + "]" : hosts[n];
            String port = ports.length == 1 ? ports[0] : n < ports.length ? ports[n] : "";
            items.add(host.isEmpty() && port.isEmpty() && hosts.length == 1 ? "" : (host.isEmpty() ? "localhost" : host)
                    + (port.isEmpty() ? "" : ":" + port));
        }
        return String.join(",", items);
    }

    private static Optional<String> first(List<Param> params, String key) {
        return params.stream().filter(p -> p.key().equals(key)).map(Param::value).findFirst();
    }

    /** The keywords again, secret values replaced when {@code mask}. */
    static String render(ConnectionString string, boolean mask) {
        List<String> words = new ArrayList<>();
        for (Param p : string.params()) {
            words.add(p.key() + "=" + (mask && p.isSecret() ? "***" : quote(p.value())));
        }
        return String.join(" ", words);
    }

    private static String quote(String value) {
        if (!value.isEmpty() && value.chars().noneMatch(c -> Character.isWhitespace(c) || c == '\'' || c == '\\')) {
            return value;
        }
        return "'" + value.replace("\\", "\\\\").replace("'", "\\'") + "'";
    }

    private static int readValue(String text, int i, StringBuilder value) {
        boolean quoted = i < text.length() && text.charAt(i) == '\'';
        int pos = quoted ? i + 1 : i;
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (quoted ? c == '\'' : Character.isWhitespace(c)) {
                return quoted ? pos + 1 : pos;
            }
            if (c == '\\' && pos + 1 < text.length()) {
                c = text.charAt(++pos);
            }
            value.append(c);
            pos++;
        }
        if (quoted) {
            throw invalid("a quoted value is not closed");
        }
        return pos;
    }

    private static int keywordEnd(String text, int i) {
        int end = i;
        while (end < text.length() && (Character.isLetterOrDigit(text.charAt(end)) || text.charAt(end) == '_')
                && text.charAt(end) < 0x80) {
            end++;
        }
        return end;
    }

    private static int skipSpace(String text, int i) {
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private static InvalidUrlException invalid(String what) {
        return new InvalidUrlException("Invalid database connection string: " + what + " (values are not shown). "
                + "Write host=… port=… dbname=… user=… password=…, quoting values with spaces as 'like this'.");
    }
}
