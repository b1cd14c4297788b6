package io.migrations.internal.platform;

import io.migrations.api.DialectException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The supported databases, found by name (a setting) or from a connection's metadata. */
public final class Databases {

    /** PostgreSQL 10 and later. */
    public static final Database POSTGRESQL = new PostgreSql();

    /** H2 2.x. */
    public static final Database H2 = new H2();

    private static final List<Database> ALL = List.of(POSTGRESQL, H2);

    private Databases() {
    }

    /** Every supported database. */
    public static List<Database> all() {
        return ALL;
    }

    /**
     * The database called {@code name} ({@code postgresql}, also {@code postgres}, or {@code h2}; any case), for a
     * setting that overrides detection.
     *
     * @throws DialectException for any other name
     */
    public static Database byName(String name) {
        String key = name == null ? "" : name.trim().toLowerCase(Locale.ROOT);
        return ALL.stream().filter(database -> database.isCalled(key)).findFirst()
                .orElseThrow(() -> new DialectException("Unknown dialect '" + name + "'; use one of " + names()));
    }

    /**
     * The database behind {@code connection}, from {@code DatabaseMetaData.getDatabaseProductName()}.
     *
     * @throws DialectException when no supported database has that name
     * @throws SQLException     when the metadata cannot be read
     */
    public static Database detect(Connection connection) throws SQLException {
        return forProduct(connection.getMetaData().getDatabaseProductName());
    }

    /** The database whose driver {@code jdbcUrl} is for; empty for a driver this tool does not know. */
    public static Optional<Database> forUrl(String jdbcUrl) {
        return ALL.stream().filter(database -> database.acceptsUrl(jdbcUrl)).findFirst();
    }

    /** The database for a JDBC product name. */
    static Database forProduct(String productName) {
        return ALL.stream().filter(database -> database.isProduct(productName)).findFirst()
                .orElseThrow(() -> new DialectException("Unsupported database '" + productName + "': migrations speaks "
                        + String.join(" and ", ALL.stream().map(Database::displayName).toList()) + ". If this database understands one of "
                        + "them, choose that dialect by name (" + names() + ") instead of detecting it"));
    }

    private static List<String> names() {
        return ALL.stream().map(Database::name).toList();
    }
}
