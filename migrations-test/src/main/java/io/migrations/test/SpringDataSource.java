package io.migrations.test;

import javax.sql.DataSource;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * Takes the {@link DataSource} bean of the test's Spring application context, for
 * {@code @SpringBootTest @MigrationsTest(dataSource = SpringDataSource.class)}.
 * Needs {@code spring-test} on the test classpath, which Spring projects have; the kit itself does not bring it.
 */
public final class SpringDataSource implements DataSourceProvider {

    @Override
    public DataSource dataSource(ExtensionContext context) {
        return SpringExtension.getApplicationContext(context).getBean(DataSource.class);
    }
}
