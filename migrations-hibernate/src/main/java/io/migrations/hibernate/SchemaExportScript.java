package io.migrations.hibernate;

import io.migrations.api.ModelException;
import java.io.StringWriter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.hibernate.HibernateException;
import org.hibernate.boot.Metadata;
import org.hibernate.boot.MetadataSources;
import org.hibernate.boot.registry.BootstrapServiceRegistryBuilder;
import org.hibernate.boot.registry.StandardServiceRegistry;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;
import org.hibernate.boot.model.naming.PhysicalNamingStrategySnakeCaseImpl;
import org.hibernate.cfg.JdbcSettings;
import org.hibernate.cfg.MappingSettings;
import org.hibernate.cfg.SchemaToolingSettings;
import org.hibernate.dialect.DatabaseVersion;
import org.hibernate.dialect.PostgreSQLDialect;
import org.hibernate.engine.config.spi.ConfigurationService;
import org.hibernate.engine.jdbc.connections.internal.UserSuppliedConnectionProviderImpl;
import org.hibernate.tool.schema.Action;
import org.hibernate.tool.schema.spi.SchemaManagementToolCoordinator;

/**
 * The DDL Hibernate's schema export writes for scanned entities: {@code create} as a script, PostgreSQL dialect,
 * schemas created, no connection (the dialect's defaults stand in for what a server would report), named the way
 * Spring Boot names them unless the settings say otherwise.
 */
final class SchemaExportScript {

    private static final String HIBERNATE_PROPERTIES = "hibernate.properties";

    private SchemaExportScript() {
    }

    /**
     * @param model the model's name for messages, {@code jpa:com.acme.domain}
     * @throws ModelException when Hibernate cannot map the entities
     */
    static String of(String model, EntityScan scan, ClassLoader classLoader, Map<String, Object> settings) {
        StringWriter script = new StringWriter();
        StandardServiceRegistry registry = registry(classLoader, settings);
        try {
            MetadataSources sources = new MetadataSources(registry);
            scan.classes().forEach(sources::addAnnotatedClass);
            scan.packages().forEach(sources::addPackage);
            Metadata metadata = sources.buildMetadata();
            Map<String, Object> export = new HashMap<>(registry.requireService(
                    ConfigurationService.class).getSettings());
            export.put(SchemaToolingSettings.JAKARTA_HBM2DDL_DATABASE_ACTION, Action.NONE);
            export.put(SchemaToolingSettings.JAKARTA_HBM2DDL_SCRIPTS_ACTION, Action.CREATE_ONLY);
            export.put(SchemaToolingSettings.JAKARTA_HBM2DDL_SCRIPTS_CREATE_TARGET, script);
            export.put(SchemaToolingSettings.HBM2DDL_DELIMITER, ";");
            export.put(SchemaToolingSettings.HBM2DDL_CREATE_NAMESPACES, true);
            SchemaManagementToolCoordinator.process(metadata, registry, export, action -> { });
        } catch (HibernateException | IllegalArgumentException e) {
            throw new ModelException(model + ": Hibernate could not map the entities of " + names(scan.classes())
                    + ": " + e.getMessage(), e);
        } finally {
            StandardServiceRegistryBuilder.destroy(registry);
        }
        return script.toString();
    }

    /**
     * Hibernate's settings: Spring Boot's naming (what an application with the starter runs with) and PostgreSQL of
     * the oldest version the dialect supports, unless {@code hibernate.*} system properties, a
     * {@code hibernate.properties} on the class path or the given settings say otherwise; never a connection.
     */
    private static StandardServiceRegistry registry(ClassLoader classLoader, Map<String, Object> settings) {
        StandardServiceRegistryBuilder builder = new StandardServiceRegistryBuilder(new BootstrapServiceRegistryBuilder()
                .applyClassLoader(classLoader).build());
        if (classLoader.getResource(HIBERNATE_PROPERTIES) != null) {
            builder.loadProperties(HIBERNATE_PROPERTIES);
        }
        DatabaseVersion oldest = new PostgreSQLDialect().getVersion();
        // Made only when needed, and by a lambda, not a constructor reference (linked when the map is built): an
        // application on Hibernate 6 (Spring Boot 3.5) gives its own naming strategy, and Hibernate 6 has no
        // PhysicalNamingStrategySnakeCaseImpl.
        Map<String, Supplier<Object>> defaults = Map.of(
                MappingSettings.PHYSICAL_NAMING_STRATEGY, () -> new PhysicalNamingStrategySnakeCaseImpl(),
                MappingSettings.IMPLICIT_NAMING_STRATEGY, BootImplicitNamingStrategy::new,
                JdbcSettings.JAKARTA_HBM2DDL_DB_NAME, () -> "PostgreSQL",
                JdbcSettings.JAKARTA_HBM2DDL_DB_MAJOR_VERSION, () -> String.valueOf(oldest.getDatabaseMajorVersion()),
                JdbcSettings.JAKARTA_HBM2DDL_DB_MINOR_VERSION, () -> String.valueOf(oldest.getDatabaseMinorVersion()));
        Map<String, Object> given = builder.getSettings();
        defaults.forEach((name, value) -> {
            if (!given.containsKey(name) && !settings.containsKey(name)) {
                builder.applySetting(name, value.get());
            }
        });
        return builder.applySettings(settings)
                .applySetting(JdbcSettings.ALLOW_METADATA_ON_BOOT, false)
                .applySetting(JdbcSettings.CONNECTION_PROVIDER, UserSuppliedConnectionProviderImpl.class.getName())
                .build();
    }

    private static String names(List<Class<?>> classes) {
        return classes.size() <= 5 ? classes.stream().map(Class::getSimpleName).toList().toString()
                : classes.size() + " classes";
    }
}
