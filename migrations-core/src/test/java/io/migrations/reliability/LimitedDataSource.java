package io.migrations.reliability;

import io.migrations.internal.connect.DataSourceBase;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;

/** Hands out a fixed number of real connections, then refuses like a server at its connection limit. */
final class LimitedDataSource extends DataSourceBase {

    private final DataSource real;
    private final AtomicInteger left;

    LimitedDataSource(DataSource real, int connections) {
        this.real = real;
        this.left = new AtomicInteger(connections);
    }

    @Override
    public Connection getConnection() throws SQLException {
        if (left.getAndDecrement() <= 0) {
            throw new SQLException("FATAL: sorry, too many clients already", "53300");
        }
        return real.getConnection();
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        return getConnection();
    }
}
