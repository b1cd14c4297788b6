package io.migrations.dialect;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;

/** Picks the dialect for a connection or a name. */
public final class Dialects {

    private Dialects() {
    }

    /** The dialect of the database behind {@code connection}. */
    public static Dialect detect(Connection connection) throws SQLException {
        return byName(connection.getMetaData().getDatabaseProductName());
    }

    /** The dialect for a product or dialect name ({@code postgresql}, {@code PostgreSQL}, {@code h2}, {@code H2}). */
    public static Dialect byName(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        if (n.contains("postgres")) {
            return new PostgresDialect();
        }
        if (n.equals("h2")) {
            return new H2Dialect();
        }
        throw new IllegalArgumentException("Unsupported database '" + name + "': supported are postgresql and h2");
    }
}
