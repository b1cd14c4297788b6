package io.migrations.internal.platform;

import java.util.List;

/**
 * A database to create for a while next to another on the same server, such as the empty one a drift check replays
 * every revision into: where it will be, and the statements that make it and remove it.
 *
 * @param jdbcUrl     its JDBC URL, the server's URL with the database name replaced
 * @param create      the statements that create it, run on a connection to the server's database
 * @param drop        the statement that drops it, ending any session still in it
 * @param maintenance the JDBC URL of the server's maintenance database, to drop it through when the database it was
 *                    created next to has gone meanwhile (dropped by whoever made that one, as test suites do)
 */
public record TemporaryDatabase(String jdbcUrl, List<String> create, String drop, String maintenance) {

    public TemporaryDatabase {
        create = List.copyOf(create);
    }
}
