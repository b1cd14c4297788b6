package io.migrations.spring;

import io.migrations.internal.connect.DatabaseUrl;
import io.migrations.internal.connect.UrlDataSource;
import java.sql.DatabaseMetaData;
import java.util.Optional;
import javax.sql.DataSource;
import org.springframework.beans.BeanWrapper;
import org.springframework.beans.PropertyAccessorFactory;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;

/** Names data sources for logs, errors and the endpoint, with any password masked. */
public final class DataSources {

    // Where the pools and drivers Spring Boot knows keep their URL: Hikari, Tomcat, DBCP2, pgjdbc, H2, Spring.
    private static final String[] URL_PROPERTIES = {"jdbcUrl", "url", "URL"};

    private DataSources() {
    }

    /**
     * The JDBC URL of the database, as the database reports it when it can be reached, otherwise as the data source
     * is configured (so that an unreachable database is still named).
     */
    static String describe(DataSource dataSource) {
        try {
            return DatabaseUrl.redact(JdbcUtils.extractDatabaseMetaData(dataSource, DatabaseMetaData::getURL));
        } catch (MetaDataAccessException | RuntimeException e) {
            String configured = configuredUrl(dataSource);
            return configured != null ? DatabaseUrl.redact(configured) + " (unreachable)"
                    : "(unreachable data source: " + DatabaseUrl.redact(String.valueOf(e.getMessage())) + ")";
        }
    }

    /** The URL the data source was configured with, or null when it does not say. */
    static String configuredUrl(DataSource dataSource) {
        if (dataSource instanceof UrlDataSource url) {
            return url.url().jdbcUrl();
        }
        return property(dataSource, URL_PROPERTIES);
    }

    /**
     * Where and as whom the data source connects, for opening other connections to its server (a drift check's
     * shadow database); empty when the data source does not say.
     */
    public static Optional<DatabaseUrl> coordinates(DataSource dataSource) {
        if (dataSource instanceof UrlDataSource url) {
            return Optional.of(url.url());
        }
        String url = property(dataSource, URL_PROPERTIES);
        return url == null ? Optional.empty() : Optional.of(DatabaseUrl.parse(url,
                property(dataSource, "username", "user"), property(dataSource, "password")));
    }

    private static String property(DataSource dataSource, String... names) {
        BeanWrapper properties = PropertyAccessorFactory.forBeanPropertyAccess(dataSource);
        for (String name : names) {
            if (properties.isReadableProperty(name) && properties.getPropertyValue(name) instanceof String value) {
                return value;
            }
        }
        return null;
    }
}
