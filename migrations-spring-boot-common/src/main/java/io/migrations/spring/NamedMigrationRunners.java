package io.migrations.spring;

import java.util.Map;
import java.util.Set;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.beans.factory.support.RootBeanDefinition;
import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertyName;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.ImportBeanDefinitionRegistrar;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.core.type.AnnotationMetadata;

/**
 * Registers one {@link MigrationRunner} bean per entry under {@code migrations.datasources}: bean
 * {@code <name>MigrationRunner}, named {@code <name>}, made by {@link MigrationRunnerBuilder#build(String)}. The beans
 * call a factory method with the name as its argument, which ahead-of-time processing can write down.
 */
final class NamedMigrationRunners implements ImportBeanDefinitionRegistrar {

    static final String PREFIX = "migrations.datasources";

    private final Environment environment;

    NamedMigrationRunners(Environment environment) {
        this.environment = environment;
    }

    @Override
    public void registerBeanDefinitions(AnnotationMetadata metadata, BeanDefinitionRegistry registry) {
        for (String name : names(environment)) {
            RootBeanDefinition definition = new RootBeanDefinition();
            definition.setTargetType(MigrationRunner.class);
            definition.setFactoryBeanName("migrationRunnerBuilder");
            definition.setFactoryMethodName("build");
            definition.getConstructorArgumentValues().addIndexedArgumentValue(0, name);
            registry.registerBeanDefinition(name + "MigrationRunner", definition);
        }
    }

    /**
     * The names under {@code migrations.datasources}, in the order configured.
     *
     * @throws MigrationsConfigurationException when a name cannot be a property name
     */
    static Set<String> names(Environment environment) {
        Set<String> names = Binder.get(environment)
                .bind(PREFIX, Bindable.mapOf(String.class, MigrationRunnerProperties.class))
                .map(Map::keySet).orElse(Set.of());
        for (String name : names) {
            if (!ConfigurationPropertyName.isValid(PREFIX + "." + name)) {
                throw new MigrationsConfigurationException("The migration runner name '" + name + "' under "
                        + PREFIX + " is not a valid property name: use lower-case letters, digits and dashes, "
                        + "starting with a letter or digit.");
            }
        }
        return names;
    }

    /** No runner configured under {@code migrations.datasources}: the default runner applies. */
    static final class NoneConfigured extends SpringBootCondition {

        @Override
        public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
            Set<String> names = names(context.getEnvironment());
            return names.isEmpty() ? ConditionOutcome.match("no runners under " + PREFIX)
                    : ConditionOutcome.noMatch("runners " + names + " under " + PREFIX);
        }
    }
}
