package io.migrations.internal.connect;

import io.migrations.api.InvalidUrlException;
import io.migrations.internal.connect.ConnectionString.Param;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** libpq's connection parameters renamed to what pgjdbc reads. */
final class DriverParams {

    private DriverParams() {
    }

    /**
     * {@code connect_timeout} bounds the whole login in libpq: it becomes pgjdbc's {@code connectTimeout} (the TCP
     * connect) and {@code loginTimeout} (connect, TLS and authentication), unless those are given too;
     * {@code application_name} becomes {@code ApplicationName}. Other parameters pass unchanged.
     *
     * @throws InvalidUrlException when {@code connect_timeout} is not a whole number of seconds
     */
    static List<Param> translate(List<Param> params) {
        List<Param> out = new ArrayList<>();
        for (Param p : params) {
            switch (p.key().toLowerCase(Locale.ROOT)) {
                case "connect_timeout" -> {
                    if (!p.value().matches("\\d{1,9}")) {
                        throw new InvalidUrlException("Invalid database URL: connect_timeout must be a whole number "
                                + "of seconds.");
                    }
                    addUnlessGiven(out, params, "connectTimeout", p.value());
                    addUnlessGiven(out, params, "loginTimeout", p.value());
                }
                case "application_name" -> addUnlessGiven(out, params, "ApplicationName", p.value());
                default -> out.add(p);
            }
        }
        return out;
    }

    private static void addUnlessGiven(List<Param> out, List<Param> given, String key, String value) {
        if (given.stream().noneMatch(p -> p.key().equalsIgnoreCase(key))) {
            out.add(new Param(key, value));
        }
    }
}
