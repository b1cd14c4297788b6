package io.migrations.test;

import javax.sql.DataSource;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Supplies the database a {@link MigrationsTest} class checks, instead of the fresh database the kit creates by
 * default. Implementations need a public no-argument constructor; {@link SpringDataSource} is one.
 */
@FunctionalInterface
public interface DataSourceProvider {

    /**
     * The data source to migrate. The checks drop every user schema in it, so it must be a database for tests only.
     *
     * @param context the test class's extension context, e.g. to reach a Spring application context
     */
    DataSource dataSource(ExtensionContext context);
}
