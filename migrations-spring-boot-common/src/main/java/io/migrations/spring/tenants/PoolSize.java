package io.migrations.spring.tenants;

import java.util.List;
import java.util.OptionalInt;
import javax.sql.DataSource;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.boot.jdbc.metadata.CompositeDataSourcePoolMetadataProvider;
import org.springframework.boot.jdbc.metadata.DataSourcePoolMetadata;
import org.springframework.boot.jdbc.metadata.DataSourcePoolMetadataProvider;
import org.springframework.util.ClassUtils;

/**
 * The most connections a pooled data source lends at once, as Spring Boot's pool metadata tells it (Hikari, the
 * default pool, and the others Boot knows).
 */
final class PoolSize {

    private static final String PROVIDER = "org.springframework.boot.jdbc.metadata.DataSourcePoolMetadataProvider";

    private PoolSize() {
    }

    /** Empty when the data source is no pool Boot knows, lends without limit, or Boot's JDBC support is absent. */
    static OptionalInt max(DataSource dataSource, ListableBeanFactory beans) {
        return ClassUtils.isPresent(PROVIDER, PoolSize.class.getClassLoader()) ? Metadata.max(dataSource, beans)
                : OptionalInt.empty();
    }

    /** Loaded only when Boot's pool metadata is on the class path. */
    private static final class Metadata {

        static OptionalInt max(DataSource dataSource, ListableBeanFactory beans) {
            List<DataSourcePoolMetadataProvider> providers = beans.getBeanProvider(DataSourcePoolMetadataProvider.class)
                    .orderedStream().toList();
            DataSourcePoolMetadata metadata = new CompositeDataSourcePoolMetadataProvider(providers)
                    .getDataSourcePoolMetadata(dataSource);
            Integer max = metadata == null ? null : metadata.getMax();
            return max == null || max < 0 ? OptionalInt.empty() : OptionalInt.of(max);
        }
    }
}
