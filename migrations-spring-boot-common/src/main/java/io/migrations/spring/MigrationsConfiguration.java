package io.migrations.spring;

import io.migrations.spring.tenants.MigrationsTenantsConfiguration;
import javax.sql.DataSource;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.boot.autoconfigure.condition.AnyNestedCondition;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.sql.init.dependency.DatabaseInitializationDependencyConfigurer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.env.Environment;
import org.springframework.core.io.ResourceLoader;

/**
 * The beans of {@code MigrationsAutoConfiguration}, the same on every Spring Boot generation: the
 * {@link MigrationRunnerBuilder}, a {@link MigrationRunner} for the application's data source (or one per entry
 * under {@code migrations.datasources}) and the {@code migrations.mode} that runs them. Each
 * generation's auto-configuration imports it with its own ordering and conditions. Every bean backs off when the
 * application defines its own.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(MigrationsProperties.class)
@Import({DatabaseInitializationDependencyConfigurer.class, NamedMigrationRunners.class,
        MigrationsTenantsConfiguration.class})
public class MigrationsConfiguration {

    @Bean
    @ConditionalOnMissingBean
    static ExitCodeEventGuard migrationsExitCodeEventGuard(ConfigurableListableBeanFactory beanFactory) {
        return new ExitCodeEventGuard(beanFactory);
    }

    /** The {@code migrations.url}, {@code user} and {@code password}, unless a service connection gives others. */
    @Bean
    @ConditionalOnMissingBean(MigrationsConnectionDetails.class)
    MigrationsConnectionDetails migrationsConnectionDetails(MigrationsProperties properties) {
        return new PropertiesMigrationsConnectionDetails(properties);
    }

    @Bean
    @ConditionalOnMissingBean
    MigrationRunnerBuilder migrationRunnerBuilder(MigrationsProperties properties, Environment environment,
                                                  ResourceLoader resourceLoader, ListableBeanFactory beans,
                                                  ObjectProvider<DataSource> dataSource,
                                                  @MigrationsDataSource ObjectProvider<DataSource> migrationsDataSource,
                                                  ObjectProvider<MigrationsConnectionDetails> connectionDetails,
                                                  ObjectProvider<MigrationsConfigCustomizer> customizers,
                                                  ObjectProvider<MigrationRunListener> listeners,
                                                  ObjectProvider<MigrationCallback> callbacks,
                                                  ObjectProvider<RevisionPreload> preload) {
        return new MigrationRunnerBuilder(new MigrationRunnerBuilder.Context(properties, Binder.get(environment),
                resourceLoader.getClassLoader(), beans, dataSource, migrationsDataSource, connectionDetails, customizers,
                listeners, callbacks, preload));
    }

    /** The default runner, unless runners are configured under {@code migrations.datasources}. */
    @Bean
    @ConditionalOnMissingBean
    @Conditional(NamedMigrationRunners.NoneConfigured.class)
    MigrationRunner migrationRunner(MigrationRunnerBuilder builder) {
        return builder.build();
    }

    @Bean
    @ConditionalOnMissingBean
    MigrationStrategy migrationStrategy() {
        return MigrationRunner::migrate;
    }

    @Bean
    @ConditionalOnMissingBean
    MigrationsSchemaManagementProvider migrationsSchemaManagementProvider(ObjectProvider<MigrationRunner> runners) {
        return new MigrationsSchemaManagementProvider(runners);
    }

    // What runs when (mode, migrate-only, enabled) is decided when the application starts, not by conditions:
    // an AOT-processed application keeps the bean definitions its build saw, whatever it runs with.
    @Bean
    @ConditionalOnMissingBean
    MigrationsInitializer migrationsInitializer(ObjectProvider<MigrationRunner> runners, MigrationStrategy strategy,
                                                MigrationsProperties properties) {
        return new MigrationsInitializer(runners.orderedStream().toList(), strategy, properties);
    }

    @Bean
    @ConditionalOnMissingBean
    ReadyMigrations readyMigrations(ObjectProvider<MigrationRunner> runners, MigrationStrategy strategy,
                                    MigrationsProperties properties) {
        return new ReadyMigrations(runners.orderedStream().toList(), strategy, properties);
    }

    @Bean
    @ConditionalOnMissingBean
    MigrateOnlyRun migrateOnlyRun(ObjectProvider<MigrationRunner> runners, MigrationsProperties properties) {
        return new MigrateOnlyRun(runners.orderedStream().toList(), properties);
    }

    @Bean
    @ConditionalOnMissingBean
    static MigrateOnlyRunnerFilter migrateOnlyRunnerFilter(Environment environment) {
        return new MigrateOnlyRunnerFilter(environment);
    }

    /**
     * A data source bean, {@code migrations.url}, or connection details: the application's own, a service
     * connection's, or Spring Boot's JDBC ones (of either generation), from which a data source is built.
     */
    static final class DataSourceAvailable extends AnyNestedCondition {

        DataSourceAvailable() {
            super(ConfigurationPhase.REGISTER_BEAN);
        }

        @ConditionalOnBean(DataSource.class)
        private static final class DataSourceBean {
        }

        @ConditionalOnBean(MigrationsConnectionDetails.class)
        private static final class MigrationsConnection {
        }

        @ConditionalOnBean(type = "org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails")
        private static final class Boot4JdbcConnection {
        }

        @ConditionalOnBean(type = "org.springframework.boot.autoconfigure.jdbc.JdbcConnectionDetails")
        private static final class Boot3JdbcConnection {
        }

        @ConditionalOnProperty("migrations.url")
        private static final class MigrationsUrl {
        }
    }
}
