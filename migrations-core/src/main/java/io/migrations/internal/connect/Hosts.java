package io.migrations.internal.connect;

import io.migrations.api.InvalidUrlException;
import java.util.ArrayList;
import java.util.List;

/** The {@code host[:port][,host[:port]]…} part of a PostgreSQL connection string. */
final class Hosts {

    private static final int MAX_PORT = 65535;

    private Hosts() {
    }

    /**
     * Whether {@code text} can be a host list, ports not yet checked: used to find where the credentials end, so it
     * accepts any port text but no {@code @} and only the characters of host names and IPv6 literals.
     */
    static boolean looksLikeHosts(String text) {
        for (String item : text.split(",", -1)) {
            if (item.indexOf('@') >= 0 || !validHost(hostOf(item))) {
                return false;
            }
        }
        return true;
    }

    /**
     * The host list for a JDBC URL: {@code localhost} when empty, otherwise as given once every host and port is valid.
     *
     * @throws InvalidUrlException for an invalid host or a port that is not a number from 1 to 65535; the message
     *                             shows neither, as a misplaced password may have ended up there
     */
    static String validate(String text) {
        if (text.isEmpty()) {
            return "localhost";
        }
        List<String> items = new ArrayList<>();
        for (String item : text.split(",", -1)) {
            String host = hostOf(item);
            if (host.isEmpty() || !validHost(host)) {
                throw new InvalidUrlException("Invalid database URL: a host name is empty or holds characters a host "
                        + "name cannot have (not shown). Write the hosts as host:5432 or host1:5432,host2:5432.");
            }
            String port = item.substring(host.length());
            if (!port.isEmpty() && !validPort(port.substring(1))) {
                throw new InvalidUrlException("Invalid database URL: the port is not a number from 1 to " + MAX_PORT
                        + " (not shown). Write the hosts as host:5432 or host1:5432,host2:5432.");
            }
            items.add(item);
        }
        return String.join(",", items);
    }

    /** {@code host:port} with PostgreSQL's default port when none is given. */
    static String withDefaultPort(String item) {
        return item.length() > hostOf(item).length() ? item : item + ":5432";
    }

    private static String hostOf(String item) {
        if (item.startsWith("[")) {
            int close = item.indexOf(']');
            return close < 0 ? item : item.substring(0, close + 1);
        }
        int colon = item.indexOf(':');
        return colon < 0 ? item : item.substring(0, colon);
    }

    private static boolean validHost(String host) {
        if (host.startsWith("[")) {
            return host.endsWith("]") && host.length() > 2 && host.substring(1, host.length() - 1).chars()
                    .allMatch(c -> Character.digit(c, 16) >= 0 || c == ':' || c == '.');
        }
        return host.chars().allMatch(c -> c < 0x80 && Character.isLetterOrDigit(c) || "-._~%".indexOf(c) >= 0);
    }

    private static boolean validPort(String port) {
        if (port.isEmpty() || port.length() > 5 || !port.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return false;
        }
        int value = Integer.parseInt(port);
        return value >= 1 && value <= MAX_PORT;
    }
}
