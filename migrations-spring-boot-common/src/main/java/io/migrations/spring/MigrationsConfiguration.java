package io.migrations.spring;

import io.migrations.Migrations;
import io.migrations.MigrationsConfig;
import io.migrations.api.MigrationsException;
import io.migrations.internal.connect.DatabaseUrl;
import io.migrations.internal.connect.UrlDataSource;
import java.util.Optional;
import javax.sql.DataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.boot.autoconfigure.condition.AnyNestedCondition;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.jdbc.DataSourceBuilder;
import org.springframework.boot.sql.init.dependency.DatabaseInitializationDependencyConfigurer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.env.Environment;
import org.springframework.core.io.ResourceLoader;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

/**
 * The beans of {@code MigrationsAutoConfiguration}, the same on every Spring Boot generation: a
 * {@link MigrationRunner} for the application's data source and the {@code migrations.mode} that runs it. Each
 * generation's auto-configuration imports it with its own ordering and conditions. Every bean backs off when the
 * application defines its own.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(MigrationsProperties.class)
@Import(DatabaseInitializationDependencyConfigurer.class)
public class MigrationsConfiguration {

    @Bean
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
    MigrationRunner migrationRunner(MigrationsProperties properties, ResourceLoader resourceLoader,
                                    ObjectProvider<DataSource> dataSource,
                                    @MigrationsDataSource ObjectProvider<DataSource> migrationsDataSource,
                                    MigrationsConnectionDetails connectionDetails,
                                    ObjectProvider<MigrationsConfigCustomizer> customizers,
                                    ObjectProvider<MigrationRunListener> listeners,
                                    ObjectProvider<RevisionPreload> preload) {
        DataSource target = chooseDataSource(properties, migrationsDataSource.getIfAvailable(), connectionDetails,
                dataSource);
        try {
            var builder = MigrationsConfigMapper.builder(properties, target, resourceLoader.getClassLoader());
            customizers.orderedStream().forEach(customizer -> customizer.customize(builder));
            MigrationsConfig config = builder.build();
            Migrations migrations = Optional.ofNullable(preload.getIfAvailable())
                    .flatMap(loaded -> loaded.revisionsFor(config.locations(), config.classLoader()))
                    .map(revisions -> Migrations.create(config, revisions))
                    .orElseGet(() -> Migrations.create(config));
            return new MigrationRunner(migrations, properties.getTarget(), listeners.orderedStream().toList());
        } catch (MigrationsException e) {
            throw new MigrationFailedException(DataSources.describe(target), e, FailureReason.of(e));
        }
    }

    private static DataSource chooseDataSource(MigrationsProperties properties, DataSource marked,
                                               MigrationsConnectionDetails details,
                                               ObjectProvider<DataSource> dataSource) {
        if (marked != null) {
            return marked;
        }
        if (details.getJdbcUrl() != null) {
            UrlDataSource url = new UrlDataSource(DatabaseUrl.parse(details.getJdbcUrl(), details.getUsername(),
                    details.getPassword()));
            url.setLoginTimeout(UrlDataSource.wholeSeconds(properties.getConnectTimeout()));
            return url;
        }
        DataSource application = dataSource.getIfUnique();
        if (application == null) {
            throw new MigrationsConfigurationException("Migrations found several DataSource beans and cannot tell "
                    + "which to migrate. Mark one @Primary or @MigrationsDataSource, or set migrations.url.");
        }
        if (details.getUsername() != null) {
            // Separate credentials (e.g. a schema owner) on the application's database.
            return DataSourceBuilder.derivedFrom(application).type(SimpleDriverDataSource.class)
                    .username(details.getUsername()).password(details.getPassword()).build();
        }
        return application;
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
