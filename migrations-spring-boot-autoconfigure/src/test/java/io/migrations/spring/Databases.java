package io.migrations.spring;

import io.migrations.testdb.TestDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** Reads and resets a test database directly over JDBC, independently of the code under test. */
public final class Databases {

    private Databases() {
    }

    /** Spring Boot data source properties for the database. */
    public static String[] dataSourceProperties(TestDatabase db) {
        return new String[] {"spring.datasource.url=" + db.jdbcUrl(), "spring.datasource.username=" + db.user(),
                "spring.datasource.password=" + db.password()};
    }

    /** Drops everything the previous test created. */
    public static void reset(TestDatabase db) {
        execute(db, "DROP SCHEMA public CASCADE; CREATE SCHEMA public");
    }

    public static void execute(TestDatabase db, String sql) {
        try (Connection c = db.connect(); Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Rows of alembic_version; empty when the table does not exist. */
    public static List<String> versions(TestDatabase db) {
        if (!tableExists(db, "alembic_version")) {
            return List.of();
        }
        return strings(db, "SELECT version_num FROM alembic_version ORDER BY version_num");
    }

    public static List<String> strings(TestDatabase db, String query) {
        try (Connection c = db.connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(query)) {
            List<String> values = new ArrayList<>();
            while (rs.next()) {
                values.add(rs.getString(1));
            }
            return values;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public static boolean tableExists(TestDatabase db, String table) {
        return !strings(db, "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_name = '"
                + table + "'").isEmpty();
    }
}
