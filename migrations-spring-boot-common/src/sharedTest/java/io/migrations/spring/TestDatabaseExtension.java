package io.migrations.spring;

import io.migrations.Migrations;
import io.migrations.MigrationsConfig;
import io.migrations.testdb.TestDatabase;
import io.migrations.testdb.TestServers;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

/**
 * One PostgreSQL database per test class, emptied before each test; reads it over plain JDBC, independently of the
 * code under test. Register it as a static field with {@code @RegisterExtension}.
 */
public final class TestDatabaseExtension implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback {

    private TestDatabase db;

    @Override
    public void beforeAll(ExtensionContext context) {
        db = TestServers.find().createDatabase(context.getRequiredTestClass().getSimpleName());
    }

    @Override
    public void afterAll(ExtensionContext context) {
        db.close();
    }

    @Override
    public void beforeEach(ExtensionContext context) throws SQLException {
        db.resetPublicSchema();
    }

    public String jdbcUrl() {
        return db.jdbcUrl();
    }

    public String user() {
        return db.user();
    }

    public String password() {
        return db.password();
    }

    /** Spring Boot data source properties for the database. */
    public String[] dataSourceProperties() {
        return new String[] {"spring.datasource.url=" + db.jdbcUrl(), "spring.datasource.username=" + db.user(),
                "spring.datasource.password=" + db.password()};
    }

    /** A non-pooling data source for the database at {@code url}, with this database's credentials. */
    public DataSource dataSource(String url) {
        return new SimpleDriverDataSource(new org.postgresql.Driver(), url, db.user(), db.password());
    }

    public DataSource dataSource() {
        return dataSource(db.jdbcUrl());
    }

    /** A runner of the revisions at {@code location} against {@code dataSource}, upgrading to the heads. */
    public static MigrationRunner runner(DataSource dataSource, String location) {
        MigrationsConfig config = MigrationsConfig.builder().dataSource(dataSource).locations(location).build();
        return new MigrationRunner(Migrations.create(config), "heads", List.of());
    }

    public MigrationRunner runner(String location) {
        return runner(dataSource(), location);
    }

    public void execute(String sql) {
        try (Connection c = db.connect(); Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Rows of alembic_version; empty when the table does not exist. */
    public List<String> versions() {
        try {
            return strings("SELECT version_num FROM alembic_version ORDER BY version_num");
        } catch (IllegalStateException e) {
            if (e.getCause() instanceof SQLException sql && "42P01".equals(sql.getSQLState())) {
                return List.of();
            }
            throw e;
        }
    }

    public List<String> strings(String query) {
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
}
