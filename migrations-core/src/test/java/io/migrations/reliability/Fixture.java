package io.migrations.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import io.migrations.MigrationsConfig;
import io.migrations.TestCatalogs;
import io.migrations.catalog.Index;
import io.migrations.internal.connect.DatabaseUrl;
import io.migrations.internal.connect.UrlDataSource;
import io.migrations.testdb.TestDatabase;
import io.migrations.testdb.TestServers;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.UUID;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A fresh database for a test class plus a login role of its own with a distinctive password, so that
 * every test can check the password never shows up in output. Register it as a static extension:
 * both are created before the class's tests and dropped after them.
 */
final class Fixture implements BeforeAllCallback, AfterAllCallback {

    private final String user;
    private final String password;
    private TestDatabase db;
    private UrlDataSource dataSource;

    Fixture() {
        String suffix = UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        this.user = "rel_" + suffix;
        this.password = "Pw-" + suffix.toUpperCase(Locale.ROOT) + "-secret";
    }

    @Override
    public void beforeAll(ExtensionContext context) throws SQLException {
        db = TestServers.find().createDatabase(context.getRequiredTestClass().getSimpleName());
        try (Connection c = db.connect(); Statement s = c.createStatement()) {
            s.execute("CREATE ROLE " + user + " LOGIN SUPERUSER PASSWORD '" + password + "'");
        }
        dataSource = new UrlDataSource(new DatabaseUrl(db.jdbcUrl(), user, password));
    }

    String jdbcUrl() {
        return db.jdbcUrl();
    }

    String user() {
        return user;
    }

    String password() {
        return password;
    }

    UrlDataSource dataSource() {
        return dataSource;
    }

    /** A configuration for revisions in {@code dir}, connecting as the fixture's role. */
    MigrationsConfig.Builder config(Path dir) {
        return MigrationsConfig.builder().dataSource(dataSource).locations("filesystem:" + dir);
    }

    /** Arguments for {@link MigrateMain} connecting as the fixture's role, then {@code more}. */
    List<String> args(Path dir, String... more) {
        List<String> args = new ArrayList<>(List.of("--url", db.jdbcUrl(), "--user", user, "--password", password,
                "--dir", dir.toString()));
        args.addAll(List.of(more));
        return args;
    }

    /** A new connection as the fixture's role. */
    Connection connect() throws SQLException {
        return dataSource.getConnection();
    }

    void sql(String sql) throws SQLException {
        try (Connection c = connect(); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    /** The tables of the public schema whose names start with {@code t_}, in the order of their number. */
    List<String> numberedTables() {
        return TestCatalogs.tableNames(db).stream().filter(name -> name.startsWith("t_"))
                .sorted(Comparator.comparingInt(name -> Integer.parseInt(name.substring(2)))).toList();
    }

    /** The names of the indexes of the public schema that are {@code validity}. */
    List<String> indexes(Index.Validity validity) {
        return TestCatalogs.readAll(db).tables().stream().flatMap(table -> table.indexes().stream())
                .filter(index -> index.validity() == validity).map(Index::name).sorted().toList();
    }

    List<String> query(String sql) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Connection c = connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }

    /** Drops everything in the public schema, version and history tables included. */
    void resetSchema() throws SQLException {
        sql("DROP SCHEMA public CASCADE; CREATE SCHEMA public");
    }

    /** Everything migrations could change, for before/after comparisons. */
    List<String> snapshot() throws SQLException {
        try (Connection c = connect()) {
            return CatalogSnapshot.take(c);
        }
    }

    /**
     * Waits until no session but the caller's own is connected to the database, as after a killed
     * process once the server has noticed; bounded so a leak fails the test instead of hanging it.
     */
    void awaitNoOtherSessions() throws Exception {
        String sql = "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()";
        long deadline = System.nanoTime() + 30_000_000_000L;
        while (Integer.parseInt(query(sql).get(0)) > 0) {
            assertThat(System.nanoTime()).as("sessions still connected: " + query(
                    "SELECT string_agg(pid || ' ' || state || ' ' || query, '; ') FROM pg_stat_activity "
                            + "WHERE datname = current_database() AND pid <> pg_backend_pid()")).isLessThan(deadline);
            Thread.sleep(20);
        }
    }

    /** Asserts that none of {@code texts} contains the password. */
    void assertNoPassword(Iterable<String> texts) {
        for (String text : texts) {
            assertThat(text).as("output must not contain the password").doesNotContain(password);
        }
    }

    @Override
    public void afterAll(ExtensionContext context) throws SQLException {
        db.close();
        Properties props = new Properties();
        props.setProperty("user", db.user());
        props.setProperty("password", db.password());
        try (Connection c = DriverManager.getConnection(db.server().jdbcUrl(db.server().adminDb()), props);
             Statement s = c.createStatement()) {
            s.execute("DROP ROLE IF EXISTS " + user);
        }
    }
}
