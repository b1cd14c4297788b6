package io.migrations.spring;

import io.migrations.internal.connect.DataSourceUrls;
import io.migrations.internal.connect.DatabaseUrl;
import io.migrations.internal.connect.UrlDataSource;
import java.sql.DatabaseMetaData;
import java.util.Optional;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.BeanWrapper;
import org.springframework.beans.PropertyAccessorFactory;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;

/** Names data sources for logs, errors and the endpoint, with any password masked. */
public final class DataSources {

    private DataSources() {
    }

    /**
     * The JDBC URL of the database, as the database reports it when it can be reached, otherwise as the data source
     * is configured (so that an unreachable database is still named).
     */
    static String describe(DataSource dataSource) {
        try {
            return DatabaseUrl.mask(JdbcUtils.extractDatabaseMetaData(dataSource, DatabaseMetaData::getURL));
        } catch (MetaDataAccessException | RuntimeException e) {
            return describeUnreachable(dataSource);
        }
    }

    /** The data source's configured URL, masked and marked unreachable, without trying to connect. */
    static String describeUnreachable(DataSource dataSource) {
        return DataSourceUrls.jdbcUrl(dataSource).map(url -> DatabaseUrl.mask(url) + " (unreachable)")
                .orElse("(unreachable data source)");
    }

    /**
     * Where and as whom the data source connects, for opening other connections to its server (a drift check's
     * shadow database); empty when the data source does not say.
     */
    public static Optional<DatabaseUrl> coordinates(DataSource dataSource) {
        Optional<UrlDataSource> own = UrlDataSource.in(dataSource);
        if (own.isPresent()) {
            return Optional.of(own.get().url());
        }
        return DataSourceUrls.jdbcUrl(dataSource).map(url -> DatabaseUrl.parse(url,
                property(dataSource, "username", "user"), property(dataSource, "password")));
    }

    private static @Nullable String property(DataSource dataSource, String... names) {
        BeanWrapper properties = PropertyAccessorFactory.forBeanPropertyAccess(dataSource);
        for (String name : names) {
            if (properties.isReadableProperty(name) && properties.getPropertyValue(name) instanceof String value) {
                return value;
            }
        }
        return null;
    }
}
