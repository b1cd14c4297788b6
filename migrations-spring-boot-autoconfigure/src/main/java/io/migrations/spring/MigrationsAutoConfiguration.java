package io.migrations.spring;

import io.migrations.Migrations;
import io.migrations.MigrationsConfig;
import io.migrations.internal.connect.DatabaseUrl;
import io.migrations.internal.connect.UrlDataSource;
import java.util.Optional;
import javax.sql.DataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.AnyNestedCondition;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.jdbc.DataSourceBuilder;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.sql.init.dependency.DatabaseInitializationDependencyConfigurer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Import;
import org.springframework.core.io.ResourceLoader;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

/**
 * Auto-configuration of a {@link MigrationRunner} for the application's data source and of the {@code migrations.mode}
 * that runs it. Every bean backs off when the application defines its own.
 */
@AutoConfiguration(after = DataSourceAutoConfiguration.class)
@ConditionalOnClass(Migrations.class)
@Conditional(MigrationsAutoConfiguration.DataSourceAvailable.class)
@ConditionalOnBooleanProperty(name = "migrations.enabled", matchIfMissing = true)
@EnableConfigurationProperties(MigrationsProperties.class)
@Import(DatabaseInitializationDependencyConfigurer.class)
public final class MigrationsAutoConfiguration {

    private static final String MODE = "migrations.mode";

    @Bean
    @ConditionalOnMissingBean
    MigrationRunner migrationRunner(MigrationsProperties properties, ResourceLoader resourceLoader,
                                    ObjectProvider<DataSource> dataSource,
                                    @MigrationsDataSource ObjectProvider<DataSource> migrationsDataSource,
                                    ObjectProvider<MigrationsConfigCustomizer> customizers,
                                    ObjectProvider<MigrationRunListener> listeners,
                                    ObjectProvider<RevisionPreload> preload) {
        DataSource target = chooseDataSource(properties, migrationsDataSource.getIfAvailable(), dataSource);
        var builder = MigrationsConfigMapper.builder(properties, target, resourceLoader.getClassLoader());
        customizers.orderedStream().forEach(customizer -> customizer.customize(builder));
        MigrationsConfig config = builder.build();
        Migrations migrations = Optional.ofNullable(preload.getIfAvailable())
                .flatMap(loaded -> loaded.revisionsFor(config.locations(), config.classLoader()))
                .map(revisions -> Migrations.create(config, revisions))
                .orElseGet(() -> Migrations.create(config));
        return new MigrationRunner(migrations, properties.getTarget(), listeners.orderedStream().toList());
    }

    private static DataSource chooseDataSource(MigrationsProperties properties, DataSource marked,
                                               ObjectProvider<DataSource> dataSource) {
        if (marked != null) {
            return marked;
        }
        if (properties.getUrl() != null) {
            return new UrlDataSource(DatabaseUrl.parse(properties.getUrl(), properties.getUser(), properties.getPassword()));
        }
        DataSource application = dataSource.getIfUnique();
        if (application == null) {
            throw new MigrationsConfigurationException("Migrations found several DataSource beans and cannot tell "
                    + "which to migrate. Mark one @Primary or @MigrationsDataSource, or set migrations.url.");
        }
        if (properties.getUser() != null) {
            // Separate credentials (e.g. a schema owner) on the application's database.
            return DataSourceBuilder.derivedFrom(application).type(SimpleDriverDataSource.class)
                    .username(properties.getUser()).password(properties.getPassword()).build();
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

    @Bean
    @ConditionalOnMissingBean
    @Conditional(MigrateAtStartup.class)
    MigrationsInitializer migrationsInitializer(ObjectProvider<MigrationRunner> runners, MigrationStrategy strategy) {
        return new MigrationsInitializer(runners.orderedStream().toList(), strategy);
    }

    @Bean
    @ConditionalOnMissingBean
    @ConditionalOnBooleanProperty(name = MigrateOnlyEnvironmentPostProcessor.MIGRATE_ONLY)
    MigrateOnlyExit migrateOnlyExit(ObjectProvider<MigrationRunner> runners) {
        return new MigrateOnlyExit(runners.orderedStream().toList());
    }

    @Bean
    @ConditionalOnMissingBean
    @ConditionalOnProperty(name = MODE, havingValue = "ready")
    @ConditionalOnBooleanProperty(name = MigrateOnlyEnvironmentPostProcessor.MIGRATE_ONLY, havingValue = false, matchIfMissing = true)
    ReadyMigrations readyMigrations(ObjectProvider<MigrationRunner> runners, MigrationStrategy strategy,
                                    MigrationsProperties properties) {
        return new ReadyMigrations(runners.orderedStream().toList(), strategy, properties.getOnFailure());
    }

    @Bean
    @ConditionalOnMissingBean
    @ConditionalOnProperty(name = MODE, havingValue = "validate")
    @ConditionalOnBooleanProperty(name = MigrateOnlyEnvironmentPostProcessor.MIGRATE_ONLY, havingValue = false, matchIfMissing = true)
    MigrationsValidator migrationsValidator(ObjectProvider<MigrationRunner> runners) {
        return new MigrationsValidator(runners.orderedStream().toList());
    }

    /** A data source bean, or {@code migrations.url}. */
    static final class DataSourceAvailable extends AnyNestedCondition {

        DataSourceAvailable() {
            super(ConfigurationPhase.REGISTER_BEAN);
        }

        @ConditionalOnBean(DataSource.class)
        private static final class DataSourceBean {
        }

        @ConditionalOnProperty("migrations.url")
        private static final class MigrationsUrl {
        }
    }

    /** 'startup' mode (the default), or a migrate-only run whatever the mode. */
    static final class MigrateAtStartup extends AnyNestedCondition {

        MigrateAtStartup() {
            super(ConfigurationPhase.REGISTER_BEAN);
        }

        @ConditionalOnProperty(name = MODE, havingValue = "startup", matchIfMissing = true)
        private static final class StartupMode {
        }

        @ConditionalOnBooleanProperty(MigrateOnlyEnvironmentPostProcessor.MIGRATE_ONLY)
        private static final class MigrateOnly {
        }
    }
}
