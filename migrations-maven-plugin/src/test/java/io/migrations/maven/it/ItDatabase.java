package io.migrations.maven.it;

import java.io.File;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The database of one invoker project (src/it/NAME): {@code maven_it_NAME} on the test server, '-' made '_'. Its
 * setup.groovy creates it fresh before the build, and its verify.groovy reads it afterwards and drops it last; a
 * failed check leaves it for a look, and the next run creates it fresh again.
 */
public final class ItDatabase {

    private ItDatabase() {
    }

    /** The database name of the project in {@code basedir}. */
    public static String name(File basedir) {
        return "maven_it_" + basedir.getName().replace('-', '_').toLowerCase(Locale.ROOT);
    }

    /** Drops the project's database if an earlier run left it, and creates it empty. */
    public static void create(File basedir, String server, String user) throws SQLException {
        drop(basedir, server, user);
        try (Connection connection = connect(server, "postgres", user); Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + name(basedir));
        }
    }

    /** Drops the project's database, once its checks have passed. */
    public static void drop(File basedir, String server, String user) throws SQLException {
        try (Connection connection = connect(server, "postgres", user); Statement statement = connection.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + name(basedir) + " WITH (FORCE)");
        }
    }

    /** The first column of every row {@code sql} returns from the project's database, as text. */
    public static List<String> column(File basedir, String server, String user, String sql) throws SQLException {
        try (Connection connection = connect(server, name(basedir), user);
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(sql)) {
            List<String> values = new ArrayList<>();
            while (rows.next()) {
                values.add(rows.getString(1));
            }
            return values;
        }
    }

    private static Connection connect(String server, String database, String user) throws SQLException {
        return DriverManager.getConnection("jdbc:postgresql://" + server + "/" + database, user, "");
    }
}
