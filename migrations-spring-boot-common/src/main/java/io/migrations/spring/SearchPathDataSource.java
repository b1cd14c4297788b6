package io.migrations.spring;

import io.migrations.internal.connect.DataSourceUrls;
import io.migrations.internal.platform.Database;
import io.migrations.internal.platform.Database.SearchPath;
import io.migrations.internal.platform.Databases;
import io.migrations.internal.platform.Poolers;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.datasource.ConnectionProxy;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * The data source a runner with {@code search-path}, or a tenant schema, migrates through: each connection it hands
 * out has PostgreSQL's {@code search_path} set to the runner's (or the tenant's schema first, then the path the
 * connection had), and gets its own back when closed, so that a connection returned to the application's pool does
 * not keep the runner's path.
 */
public final class SearchPathDataSource extends DelegatingDataSource {

    private static final Logger log = LoggerFactory.getLogger(SearchPathDataSource.class);
    private final String searchPath;
    private final SearchPath where;
    private final Class<?>[] connectionTypes;

    /** @param schemas the schemas, each taken as written */
    SearchPathDataSource(DataSource target, List<String> schemas) {
        this(target, schemas, SearchPath.REPLACE, ConnectionProxy.class);
    }

    private SearchPathDataSource(DataSource target, List<String> schemas, SearchPath where,
                                 Class<?>... connectionTypes) {
        super(target);
        this.searchPath = schemas.stream().map(SearchPathDataSource::quote).collect(Collectors.joining(", "));
        this.where = where;
        this.connectionTypes = connectionTypes;
    }

    /**
     * Connections of {@code target} with {@code schema} (taken as written) first on the path they have, for a tenant.
     * The caller has checked once that {@code target}'s connections keep their session
     * ({@code SchemaSessions.requireSessions}), so they are {@linkplain Poolers.CheckedSession checked sessions}: a
     * tenant's run does not ask again, which would cost four round trips per tenant.
     */
    public static SearchPathDataSource first(DataSource target, String schema) {
        return new SearchPathDataSource(target, List.of(schema), SearchPath.FIRST, ConnectionProxy.class,
                Poolers.CheckedSession.class);
    }

    /** The data source underneath, whose connections have the search_path their server gives them. */
    DataSource withoutSearchPath() {
        return obtainTargetDataSource();
    }

    /** The search_path value, each schema quoted. */
    String searchPath() {
        return searchPath;
    }

    static String quote(String identifier) {
        return "\"" + identifier.replace("\"", "\"\"") + "\"";
    }

    /** The target's URL, so that logs and errors name the database as they would without the path. */
    public @Nullable String getUrl() {
        return DataSourceUrls.jdbcUrl(obtainTargetDataSource()).orElse(null);
    }

    @Override
    public Connection getConnection() throws SQLException {
        return withPath(obtainTargetDataSource().getConnection());
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        return withPath(obtainTargetDataSource().getConnection(username, password));
    }

    private Connection withPath(Connection connection) throws SQLException {
        Database database;
        String own;
        try {
            database = Databases.detect(connection);
            own = database.setSearchPath(connection, searchPath, where);
        } catch (SQLException | RuntimeException e) {
            connection.close();
            throw e;
        }
        return (Connection) Proxy.newProxyInstance(SearchPathDataSource.class.getClassLoader(), connectionTypes,
                (proxy, method, args) -> switch (method.getName()) {
                    case "getTargetConnection" -> connection;
                    case "equals" -> proxy == args[0];
                    case "hashCode" -> System.identityHashCode(proxy);
                    case "close" -> {
                        restore(connection, database, own);
                        connection.close();
                        yield null;
                    }
                    default -> invoke(method, connection, args);
                });
    }

    private static Object invoke(java.lang.reflect.Method method, Connection connection, Object[] args)
            throws Throwable {
        try {
            return method.invoke(connection, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    private static void restore(Connection connection, Database database, String own) {
        try {
            if (!connection.isClosed()) {
                if (!connection.getAutoCommit()) {
                    connection.rollback();
                }
                database.setSearchPath(connection, own, SearchPath.REPLACE);
            }
        } catch (SQLException e) {
            log.warn("Could not give a connection its search_path back ({}): {}", own, e.getMessage());
        }
    }
}
