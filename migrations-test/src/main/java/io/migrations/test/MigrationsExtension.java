package io.migrations.test;

import io.migrations.Migrations;
import io.migrations.MigrationsConfig;
import io.migrations.testdb.TestDatabase;
import io.migrations.testdb.TestServers;
import java.util.Optional;
import javax.sql.DataSource;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.platform.commons.support.AnnotationSupport;
import org.junit.platform.commons.support.ReflectionSupport;

/**
 * The JUnit extension behind {@link MigrationsTest}: resolves {@link Migrations} and {@link RevisionChecks}
 * parameters, creating the test class's database and loading its revisions on first use.
 */
public final class MigrationsExtension implements ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(MigrationsExtension.class);

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        return type == Migrations.class || type == RevisionChecks.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        ClassSetup setup = classSetup(context);
        return parameter.getParameter().getType() == Migrations.class ? setup.migrations() : setup.checks();
    }

    /** One setup per test class, kept in the class's store so JUnit closes it (dropping the database) after the class. */
    private static ClassSetup classSetup(ExtensionContext context) {
        ExtensionContext classContext = context;
        while (classContext.getTestMethod().isPresent() && classContext.getParent().isPresent()) {
            classContext = classContext.getParent().get();
        }
        ExtensionContext owner = classContext;
        return owner.getStore(NAMESPACE).computeIfAbsent(owner.getRequiredTestClass(), type -> ClassSetup.open(owner),
                ClassSetup.class);
    }

    /**
     * The database and revisions of one test class.
     *
     * @param migrations the configured facade
     * @param checks     checks with the class's declared expectations
     * @param owned      the database the kit created, dropped on close; empty for a provided data source
     */
    record ClassSetup(Migrations migrations, RevisionChecks checks, Optional<TestDatabase> owned) implements AutoCloseable {

        static ClassSetup open(ExtensionContext context) {
            Class<?> testClass = context.getRequiredTestClass();
            MigrationsTest settings = AnnotationSupport.findAnnotation(testClass, MigrationsTest.class)
                    .orElseThrow(() -> new ExtensionConfigurationException(testClass.getName()
                            + " uses MigrationsExtension without @MigrationsTest; annotate the class with @MigrationsTest"));
            Optional<TestDatabase> owned = settings.dataSource() == DataSourceProvider.class
                    ? Optional.of(TestServers.find().createDatabase(testClass.getSimpleName()))
                    : Optional.empty();
            DataSource dataSource = owned.map(TestDatabase::dataSource)
                    .orElseGet(() -> ReflectionSupport.newInstance(settings.dataSource()).dataSource(context));
            try {
                Migrations migrations = Migrations.create(MigrationsConfig.builder()
                        .dataSource(dataSource)
                        .locations(settings.locations())
                        .schema(settings.schema().isEmpty() ? null : settings.schema())
                        .classLoader(testClass.getClassLoader())
                        .build());
                RevisionChecks checks = RevisionChecks.of(migrations)
                        .expectingHeads(settings.heads())
                        .allowingIrreversible(settings.irreversible());
                return new ClassSetup(migrations, checks, owned);
            } catch (RuntimeException e) {
                owned.ifPresent(TestDatabase::close);
                throw e;
            }
        }

        @Override
        public void close() {
            owned.ifPresent(TestDatabase::close);
        }
    }
}
