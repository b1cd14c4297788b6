package io.migrations.internal.platform;

import io.migrations.api.DialectException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;

/** The supported dialects, found by name (configuration) or from a connection. */
public final class Dialects {

    /** PostgreSQL 10 and later. */
    public static final Dialect POSTGRESQL = new PostgresDialect();

    /** H2 2.x. */
    public static final Dialect H2 = new H2Dialect();

    private static final List<Dialect> ALL = List.of(POSTGRESQL, H2);

    private Dialects() {
    }

    /** Every supported dialect. */
    public static List<Dialect> all() {
        return ALL;
    }

    /**
     * The dialect called {@code name} ({@code postgresql}, also {@code postgres}, or {@code h2}; any case), for a
     * setting that overrides detection.
     *
     * @throws DialectException for any other name
     */
    public static Dialect byName(String name) {
        String key = name == null ? "" : name.trim().toLowerCase(Locale.ROOT);
        if (key.equals("postgres")) {
            return POSTGRESQL;
        }
        return ALL.stream().filter(dialect -> dialect.name().equals(key)).findFirst()
                .orElseThrow(() -> new DialectException("Unknown dialect '" + name + "'; use one of "
                        + ALL.stream().map(Dialect::name).toList()));
    }

    /**
     * The dialect of the database behind {@code connection}, from {@code DatabaseMetaData.getDatabaseProductName()}.
     *
     * @throws DialectException when the database is neither PostgreSQL nor H2
     * @throws SQLException     when the metadata cannot be read
     */
    public static Dialect detect(Connection connection) throws SQLException {
        return forProduct(connection.getMetaData().getDatabaseProductName());
    }

    /** The dialect for a JDBC product name. */
    static Dialect forProduct(String productName) {
        if ("PostgreSQL".equalsIgnoreCase(productName)) {
            return POSTGRESQL;
        }
        if ("H2".equalsIgnoreCase(productName)) {
            return H2;
        }
        throw new DialectException("Unsupported database '" + productName + "': migrations speaks PostgreSQL and H2. "
                + "If this database understands one of them, choose that dialect by name ("
                + ALL.stream().map(Dialect::name).toList() + ") instead of detecting it");
    }
}
