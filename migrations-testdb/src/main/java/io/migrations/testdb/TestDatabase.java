package io.migrations.testdb;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import javax.sql.DataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * A database created for one test class on a {@link TestServer}; {@link #close()} drops it.
 *
 * @param server the server that holds the database
 * @param name   the database name
 */
public record TestDatabase(TestServer server, String name) implements AutoCloseable {

    /** JDBC URL of this database. */
    public String jdbcUrl() {
        return server.jdbcUrl(name);
    }

    /** User name to connect with. */
    public String user() {
        return server.user();
    }

    /** Password to connect with; may be empty. */
    public String password() {
        return server.password();
    }

    /** Opens a new connection to this database. */
    public Connection connect() throws SQLException {
        Properties props = new Properties();
        props.setProperty("user", user());
        props.setProperty("password", password());
        return DriverManager.getConnection(jdbcUrl(), props);
    }

    /** A data source for this database that opens a new connection on every request. */
    public DataSource dataSource() {
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setURL(jdbcUrl());
        dataSource.setUser(user());
        dataSource.setPassword(password());
        return dataSource;
    }

    /** Runs SQL (one statement, or several separated by semicolons) on a new connection. */
    public void execute(String sql) throws SQLException {
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    /**
     * Drops the {@code public} schema with everything in it and creates it again as {@code initdb} does, comment
     * included, so that its catalog equals a new database's.
     */
    public void resetPublicSchema() throws SQLException {
        execute("DROP SCHEMA public CASCADE; CREATE SCHEMA public; "
                + "COMMENT ON SCHEMA public IS 'standard public schema'");
    }

    /** The first column of every row {@code query} returns, as text, in the order returned. */
    public List<String> strings(String query) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Connection connection = connect(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(query)) {
            while (rows.next()) {
                values.add(rows.getString(1));
            }
        }
        return values;
    }

    /** Drops the database, ending any session still connected to it. */
    @Override
    public void close() {
        server.drop(name);
    }
}
