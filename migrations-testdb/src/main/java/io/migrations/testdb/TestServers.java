package io.migrations.testdb;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * Finds the PostgreSQL server that tests run against, in this order:
 * <ol>
 *   <li>{@code MIGRATIONS_TEST_JDBC_URL} (environment variable or system property), with optional
 *       {@code MIGRATIONS_TEST_USER} / {@code MIGRATIONS_TEST_PASSWORD};</li>
 *   <li>a Testcontainers PostgreSQL container when a Docker engine is available;</li>
 *   <li>{@code localhost:5432} as user {@code postgres};</li>
 *   <li>otherwise it fails with a message saying how to provide one. It never skips.</li>
 * </ol>
 * The server is found once per JVM and shared; each test class creates its own database on it.
 */
public final class TestServers {

    /** Environment variable (or system property) naming an explicit server or database URL. */
    public static final String URL_VARIABLE = "MIGRATIONS_TEST_JDBC_URL";

    private static final String IMAGE = "postgres:15-alpine";

    // One server per JVM: starting a container or probing localhost per test class would dominate test time.
    private static TestServer shared;

    private TestServers() {
    }

    /** Returns the shared test server, locating it on first use. */
    public static synchronized TestServer find() {
        if (shared == null) {
            shared = locate();
        }
        return shared;
    }

    private static TestServer locate() {
        String explicit = setting(URL_VARIABLE);
        if (explicit != null && !explicit.isBlank()) {
            return explicit(explicit.trim());
        }
        if (dockerAvailable()) {
            return container();
        }
        TestServer local = new TestServer("jdbc:postgresql://localhost:5432/", "postgres", "postgres", "",
                "localhost:5432 as postgres");
        String problem = probe(local);
        if (problem == null) {
            return local;
        }
        throw new IllegalStateException("No PostgreSQL server for tests: " + URL_VARIABLE + " is not set, "
                + "no Docker engine is available for Testcontainers, and localhost:5432 refused user postgres ("
                + problem + "). Set " + URL_VARIABLE + "=jdbc:postgresql://host:5432/postgres "
                + "(plus MIGRATIONS_TEST_USER / MIGRATIONS_TEST_PASSWORD), start Docker, "
                + "or run PostgreSQL on localhost:5432 with a 'postgres' user that may create databases.");
    }

    private static TestServer explicit(String url) {
        String user = setting("MIGRATIONS_TEST_USER");
        String password = setting("MIGRATIONS_TEST_PASSWORD");
        int slash = url.indexOf('/', "jdbc:postgresql://".length());
        if (!url.startsWith("jdbc:postgresql://") || slash < 0) {
            throw new IllegalStateException(URL_VARIABLE + " must look like jdbc:postgresql://host:5432/postgres, got "
                    + url.replaceAll("password=[^&]*", "password=***"));
        }
        int query = url.indexOf('?', slash);
        String database = query < 0 ? url.substring(slash + 1) : url.substring(slash + 1, query);
        String base = url.substring(0, slash + 1) + (query < 0 ? "" : url.substring(query));
        TestServer server = new TestServer(base, database.isEmpty() ? "postgres" : database,
                user == null ? "postgres" : user, password == null ? "" : password,
                URL_VARIABLE + " (" + url.substring(0, slash) + ")");
        String problem = probe(server);
        if (problem != null) {
            throw new IllegalStateException("Cannot connect to the server in " + URL_VARIABLE + ": " + problem);
        }
        return server;
    }

    private static boolean dockerAvailable() {
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException | LinkageError e) {
            return false;
        }
    }

    private static TestServer container() {
        PostgreSQLContainer container = new PostgreSQLContainer(IMAGE);
        container.start();
        Runtime.getRuntime().addShutdownHook(new Thread(container::stop));
        String url = container.getJdbcUrl();
        int slash = url.indexOf('/', "jdbc:postgresql://".length());
        int query = url.indexOf('?', slash);
        String base = url.substring(0, slash + 1) + (query < 0 ? "" : url.substring(query));
        return new TestServer(base, container.getDatabaseName(), container.getUsername(), container.getPassword(),
                "Testcontainers " + IMAGE);
    }

    private static String probe(TestServer server) {
        Properties props = new Properties();
        props.setProperty("user", server.user());
        props.setProperty("password", server.password());
        props.setProperty("connectTimeout", "5");
        try (Connection ignored = DriverManager.getConnection(server.jdbcUrl(server.adminDb()), props)) {
            return null;
        } catch (SQLException e) {
            return e.getMessage();
        }
    }

    private static String setting(String name) {
        String value = System.getProperty(name);
        return value != null ? value : System.getenv(name);
    }
}
