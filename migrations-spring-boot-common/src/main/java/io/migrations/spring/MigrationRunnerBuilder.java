package io.migrations.spring;

import io.migrations.Migrations;
import io.migrations.MigrationsConfig;
import io.migrations.RevisionSet;
import io.migrations.api.MigrationsException;
import io.migrations.internal.connect.DatabaseUrl;
import io.migrations.internal.connect.UrlDataSource;
import io.migrations.java.IrreversibleMigration;
import io.migrations.java.Migration;
import io.migrations.java.Revision;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.BeanUtils;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.beans.factory.NoSuchBeanDefinitionException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.jdbc.DataSourceBuilder;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;
import org.springframework.util.ClassUtils;

/**
 * Makes {@link MigrationRunner}s the way the auto-configuration makes its own: with the {@code migrations.*}
 * settings, the application's {@link MigrationsConfigCustomizer}s, {@link MigrationRunListener}s (metrics among them)
 * and {@link MigrationCallback}s, and its Java revision beans. Inject it to define a runner of your own, e.g. for a
 * data source that only exists in code:
 *
 * <pre>{@code
 * @Bean
 * MigrationRunner reportingRunner(MigrationRunnerBuilder runners, @Qualifier("reporting") DataSource reporting) {
 *     return runners.name("reporting").dataSource(reporting)
 *             .properties(settings -> settings.setLocations(List.of("classpath:db/reporting")))
 *             .build();
 * }
 * }</pre>
 *
 * Instances are immutable: each method returns a new builder.
 */
public final class MigrationRunnerBuilder {

    private final Context context;
    private final @Nullable String name;
    private final @Nullable DataSource dataSource;
    private final List<Consumer<MigrationRunnerProperties>> adjustments;

    /** What every runner shares: the application's settings and beans, looked up when a runner is built. */
    record Context(MigrationsProperties properties, Binder binder, ClassLoader classLoader, ListableBeanFactory beans,
                   ObjectProvider<DataSource> dataSources, ObjectProvider<DataSource> marked,
                   ObjectProvider<MigrationsConnectionDetails> connectionDetails,
                   ObjectProvider<MigrationsConfigCustomizer> customizers, ObjectProvider<MigrationRunListener> listeners,
                   ObjectProvider<MigrationCallback> callbacks, ObjectProvider<RevisionPreload> preload) {
    }

    MigrationRunnerBuilder(Context context) {
        this(context, null, null, List.of());
    }

    private MigrationRunnerBuilder(Context context, @Nullable String name, @Nullable DataSource dataSource,
                                   List<Consumer<MigrationRunnerProperties>> adjustments) {
        this.context = context;
        this.name = name;
        this.dataSource = dataSource;
        this.adjustments = List.copyOf(adjustments);
    }

    /** Names the runner in the endpoint, health, metrics and callbacks; without a name it takes its bean name. */
    public MigrationRunnerBuilder name(String name) {
        return new MigrationRunnerBuilder(context, Objects.requireNonNull(name, "name"), dataSource, adjustments);
    }

    /** The database to migrate, instead of the one the settings choose ({@code data-source}, {@code url}, ...). */
    public MigrationRunnerBuilder dataSource(DataSource dataSource) {
        return new MigrationRunnerBuilder(context, name, Objects.requireNonNull(dataSource, "dataSource"), adjustments);
    }

    /**
     * Changes the runner's settings, which start as the top-level {@code migrations.*} ones; applied in order, on a
     * copy.
     */
    public MigrationRunnerBuilder properties(Consumer<MigrationRunnerProperties> adjustment) {
        List<Consumer<MigrationRunnerProperties>> all = new ArrayList<>(adjustments);
        all.add(Objects.requireNonNull(adjustment, "adjustment"));
        return new MigrationRunnerBuilder(context, name, dataSource, all);
    }

    /**
     * The runner configured under {@code migrations.datasources.<name>}, named {@code name}: its settings there,
     * and the top-level {@code migrations.*} ones for what it does not set. The auto-configuration registers one such
     * runner per entry.
     */
    public MigrationRunner build(String name) {
        return name(name).properties(settings -> context.binder()
                .bind(NamedMigrationRunners.PREFIX + "." + name, Bindable.ofInstance(settings))).build();
    }

    /**
     * Builds the runner: reads its revisions and checks them.
     *
     * @throws MigrationFailedException when the revisions or settings are broken (exit code 2)
     */
    public MigrationRunner build() {
        MigrationRunnerProperties settings = settings();
        DataSource target = withSearchPath(chooseDataSource(settings), settings.getSearchPath());
        try {
            Callbacks callbacks = new Callbacks(context.callbacks().orderedStream().toList());
            MigrationsConfig.Builder builder = MigrationsConfigMapper.builder(settings, target, context.classLoader())
                    .stepListener(callbacks);
            context.customizers().orderedStream().forEach(customizer -> customizer.customize(builder));
            MigrationsConfig config = builder.build();
            Migrations migrations = Migrations.create(config, revisions(config));
            return new MigrationRunner(name, migrations, settings.getTarget(), context.listeners().orderedStream().toList(),
                    callbacks, preparation(settings, migrations));
        } catch (MigrationsException e) {
            throw new MigrationFailedException(DataSources.describe(target), e, FailureReason.of(e));
        }
    }

    private MigrationRunnerProperties settings() {
        MigrationRunnerProperties settings = new MigrationRunnerProperties();
        BeanUtils.copyProperties(context.properties(), settings);
        settings.setLocations(new ArrayList<>(settings.getLocations()));
        settings.setSearchPath(new ArrayList<>(settings.getSearchPath()));
        adjustments.forEach(adjustment -> adjustment.accept(settings));
        return settings;
    }

    private DataSource chooseDataSource(MigrationRunnerProperties settings) {
        if (dataSource != null) {
            return dataSource;
        }
        MigrationsConnectionDetails connection = connection(settings);
        if (settings.getDataSource() != null) {
            return withUser(named(settings.getDataSource()), connection);
        }
        DataSource marked = context.marked().getIfAvailable();
        if (marked != null) {
            return marked;
        }
        if (connection.getJdbcUrl() != null) {
            UrlDataSource url = new UrlDataSource(DatabaseUrl.parse(connection.getJdbcUrl(), connection.getUsername(),
                    connection.getPassword()));
            url.setLoginTimeout(UrlDataSource.wholeSeconds(settings.getConnectTimeout()));
            return url;
        }
        DataSource application = context.dataSources().getIfUnique();
        if (application == null) {
            throw new MigrationsConfigurationException("Migrations found several DataSource beans and cannot tell "
                    + "which to migrate. Mark one @Primary or @MigrationsDataSource, or set migrations.url.");
        }
        return withUser(application, connection);
    }

    /**
     * The runner's URL and credentials: its own when it sets any, else the application's
     * {@link MigrationsConnectionDetails} (the top-level properties, or a service connection's).
     */
    private MigrationsConnectionDetails connection(MigrationRunnerProperties settings) {
        MigrationsProperties top = context.properties();
        boolean own = !Objects.equals(settings.getUrl(), top.getUrl()) || !Objects.equals(settings.getUser(), top.getUser())
                || !Objects.equals(settings.getPassword(), top.getPassword());
        return own ? new PropertiesMigrationsConnectionDetails(settings)
                : context.connectionDetails().getIfAvailable(() -> new PropertiesMigrationsConnectionDetails(top));
    }

    private DataSource named(String beanName) {
        try {
            return context.beans().getBean(beanName, DataSource.class);
        } catch (NoSuchBeanDefinitionException e) {
            throw new MigrationsConfigurationException("No DataSource bean is named '" + beanName + "'" + (name == null
                    ? "" : " (the data-source of migration runner '" + name + "')") + ". The DataSource beans are: "
                    + String.join(", ", context.beans().getBeanNamesForType(DataSource.class)) + ".");
        }
    }

    /** Separate credentials (e.g. a schema owner) on the same database. */
    private static DataSource withUser(DataSource dataSource, MigrationsConnectionDetails connection) {
        if (connection.getUsername() == null) {
            return dataSource;
        }
        return DataSourceBuilder.derivedFrom(dataSource).type(SimpleDriverDataSource.class)
                .username(connection.getUsername()).password(connection.getPassword()).build();
    }

    private static DataSource withSearchPath(DataSource dataSource, List<String> searchPath) {
        return searchPath.isEmpty() ? dataSource : new SearchPathDataSource(dataSource, searchPath);
    }

    /**
     * The revisions at the configured locations, with the Java revision beans whose package a location covers; those
     * read ahead by {@link RevisionPreload} when they fit.
     */
    private RevisionSet revisions(MigrationsConfig config) {
        List<Object> beans = revisionBeans(config.locations());
        if (!beans.isEmpty()) {
            return RevisionSet.load(config.locations(), config.classLoader(), beans);
        }
        RevisionPreload preload = context.preload().getIfAvailable();
        return (preload == null ? Optional.<RevisionSet>empty()
                : preload.revisionsFor(config.locations(), config.classLoader()))
                .orElseGet(() -> RevisionSet.load(config.locations(), config.classLoader()));
    }

    private List<Object> revisionBeans(List<String> locations) {
        List<String> packages = locations.stream().filter(location -> location.startsWith("classpath:"))
                .map(location -> location.substring("classpath:".length()).replaceAll("^/+|/+$", "").replace('/', '.'))
                .toList();
        Set<Object> beans = Collections.newSetFromMap(new IdentityHashMap<>());
        Stream.of(context.beans().getBeansOfType(Migration.class).values(),
                        context.beans().getBeansOfType(IrreversibleMigration.class).values(),
                        context.beans().getBeansWithAnnotation(Revision.class).values())
                .flatMap(Collection::stream)
                .filter(bean -> covered(ClassUtils.getUserClass(bean).getPackageName(), packages))
                .forEach(beans::add);
        return List.copyOf(beans);
    }

    private static boolean covered(String packageName, List<String> packages) {
        return packages.stream().anyMatch(p -> packageName.equals(p) || packageName.startsWith(p + "."));
    }

    private static UpgradePreparation preparation(MigrationRunnerProperties settings, Migrations migrations) {
        String stamp = settings.getStampOnFirstRun();
        if (stamp != null && migrations.revisions().find(stamp).isEmpty()) {
            throw new MigrationsConfigurationException("migrations.stamp-on-first-run is '" + stamp + "', which no "
                    + "revision defines. Give the id of the revision the existing database matches.");
        }
        List<String> schemas = new ArrayList<>();
        if (settings.isCreateSchemas()) {
            if (settings.getSchema() != null) {
                schemas.add(settings.getSchema());
            }
            // Entries such as "$user" name no schema of their own.
            settings.getSearchPath().stream().filter(schema -> !schema.startsWith("$") && !schemas.contains(schema))
                    .forEach(schemas::add);
        }
        return new UpgradePreparation(schemas, stamp);
    }
}
