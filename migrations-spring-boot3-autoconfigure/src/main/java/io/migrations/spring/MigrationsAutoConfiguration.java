package io.migrations.spring;

import io.migrations.Migrations;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Import;

/**
 * Auto-configuration of a {@link MigrationRunner} for the application's data source and of the
 * {@code migrations.mode} that runs it, on Spring Boot 3.5: ordered after Boot 3's JDBC auto-configuration, with the
 * beans of {@link MigrationsConfiguration}.
 */
@AutoConfiguration(after = DataSourceAutoConfiguration.class)
@ConditionalOnClass(Migrations.class)
@Conditional(MigrationsConfiguration.DataSourceAvailable.class)
@ConditionalOnBooleanProperty(name = "migrations.enabled", matchIfMissing = true)
@Import({JdbcConnectionDetailsConfiguration.class, MigrationsConfiguration.class})
public final class MigrationsAutoConfiguration {
}
