package io.migrations.testdb;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.Properties;
import java.util.UUID;

/**
 * A PostgreSQL server that tests may create databases on.
 *
 * <p>Obtain one with {@link TestServers#find()}; the server itself is shared, every test class
 * gets its own database from {@link #createDatabase(String)}.
 *
 * @param baseUrl     JDBC URL of the server without a database, e.g. {@code jdbc:postgresql://localhost:5432/}
 * @param adminDb     database to connect to for {@code CREATE DATABASE} / {@code DROP DATABASE}
 * @param user        user name with the right to create databases
 * @param password    password of that user; may be empty
 * @param description where the server came from, for messages
 */
public record TestServer(String baseUrl, String adminDb, String user, String password, String description) {

    /** JDBC URL of {@code database} on this server. */
    public String jdbcUrl(String database) {
        int query = baseUrl.indexOf('?');
        return query < 0 ? baseUrl + database : baseUrl.substring(0, query) + database + baseUrl.substring(query);
    }

    /**
     * Creates a new, empty database whose name starts with {@code prefix}.
     *
     * @param prefix a readable prefix, typically the test class's simple name
     */
    public TestDatabase createDatabase(String prefix) {
        String name = (prefix.replaceAll("[^A-Za-z0-9]", "_") + "_"
                + UUID.randomUUID().toString().substring(0, 8)).toLowerCase(Locale.ROOT);
        if (name.length() > 63) {
            name = name.substring(name.length() - 63);
        }
        execute("CREATE DATABASE \"" + name + "\"");
        return new TestDatabase(this, name);
    }

    void drop(String database) {
        execute("DROP DATABASE IF EXISTS \"" + database + "\" WITH (FORCE)");
    }

    private void execute(String sql) {
        Properties props = new Properties();
        props.setProperty("user", user);
        props.setProperty("password", password);
        try (Connection c = DriverManager.getConnection(jdbcUrl(adminDb), props);
             Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not run '" + sql + "' on " + description + ": " + e.getMessage(), e);
        }
    }
}
