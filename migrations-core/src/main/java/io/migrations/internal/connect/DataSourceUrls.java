package io.migrations.internal.connect;

import io.migrations.api.InvalidUrlException;
import java.lang.reflect.Method;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/** What can be told about a {@link DataSource} without connecting to it. */
public final class DataSourceUrls {

    private static final List<String> URL_GETTERS = List.of("getJdbcUrl", "getUrl", "getURL");

    private DataSourceUrls() {
    }

    /**
     * The JDBC URL a data source connects to, read without connecting: from a {@link UrlDataSource}, or from the
     * {@code getJdbcUrl()}, {@code getUrl()} or {@code getURL()} that HikariCP, DBCP, Tomcat's pool and the drivers'
     * own data sources have. May hold a password: show it only {@linkplain DatabaseUrl#mask(String) masked}.
     */
    public static Optional<String> jdbcUrl(DataSource dataSource) {
        Optional<UrlDataSource> own = UrlDataSource.in(dataSource);
        if (own.isPresent()) {
            return Optional.of(own.get().url().jdbcUrl());
        }
        for (String getter : URL_GETTERS) {
            try {
                Method method = dataSource.getClass().getMethod(getter);
                if (method.getReturnType() == String.class && method.invoke(dataSource) instanceof String url
                        && !url.isBlank()) {
                    return Optional.of(url);
                }
            } catch (ReflectiveOperationException | RuntimeException e) {
                // Not this kind of data source; try the next getter.
            }
        }
        return Optional.empty();
    }

    /** {@code host:port/database} of the data source, or {@code the database} when it cannot be told without connecting. */
    public static String describe(DataSource dataSource) {
        Optional<UrlDataSource> own = UrlDataSource.in(dataSource);
        if (own.isPresent()) {
            return own.get().url().describe();
        }
        try {
            return jdbcUrl(dataSource).map(url -> DatabaseUrl.parse(url, null, null).describe()).orElse("the database");
        } catch (InvalidUrlException e) {
            return "the database";
        }
    }
}
