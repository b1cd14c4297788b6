package io.migrations.internal.connect;

import java.sql.Connection;

/**
 * The data source of a run given no database URL: scripts of a {@code from:to} range and a shadow database need no
 * database, and anything that does connect is told how to give one.
 */
public final class NoDatabaseUrl extends DataSourceBase {

    @Override
    public Connection getConnection() {
        return fail();
    }

    @Override
    public Connection getConnection(String username, String password) {
        return fail();
    }

    /** Throws the error of a missing URL. */
    private static Connection fail() {
        DatabaseUrl.parse(null, null, null);
        throw new IllegalStateException("DatabaseUrl.parse accepted a missing URL");
    }
}
