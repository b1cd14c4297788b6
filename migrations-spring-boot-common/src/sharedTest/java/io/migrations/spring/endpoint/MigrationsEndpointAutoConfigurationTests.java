package io.migrations.spring.endpoint;

import static org.assertj.core.api.Assertions.assertThat;

import io.migrations.spring.BootLine;
import io.migrations.spring.MigrationsAutoConfiguration;
import io.migrations.spring.TestDatabaseExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.actuate.autoconfigure.endpoint.condition.ConditionalOnAvailableEndpoint;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

class MigrationsEndpointAutoConfigurationTests {

    @RegisterExtension
    static final TestDatabaseExtension db = new TestDatabaseExtension();

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(BootLine.DATA_SOURCE, MigrationsAutoConfiguration.class,
                    MigrationsEndpointAutoConfiguration.class))
            .withPropertyValues(db.dataSourceProperties())
            .withPropertyValues("migrations.mode=none");



    @Test
    void endpointIsConfiguredWhenExposed() {
        runner.withPropertyValues("management.endpoints.web.exposure.include=migrations")
                .run(context -> assertThat(context).hasSingleBean(MigrationsEndpoint.class));
    }

    @Test
    void endpointIsNotConfiguredWhenNotExposed() {
        runner.run(context -> assertThat(context).doesNotHaveBean(MigrationsEndpoint.class));
    }

    @Test
    void endpointIsNotConfiguredWhenAccessIsNone() {
        runner.withPropertyValues("management.endpoints.web.exposure.include=migrations",
                        "management.endpoint.migrations.access=NONE")
                .run(context -> assertThat(context).doesNotHaveBean(MigrationsEndpoint.class));
    }

    @Test
    void endpointIsNotConfiguredWithoutRunner() {
        runner.withPropertyValues("management.endpoints.web.exposure.include=migrations", "migrations.enabled=false")
                .run(context -> assertThat(context).doesNotHaveBean(MigrationsEndpoint.class));
    }

    @Test
    void endpointIsNotConfiguredWithoutActuator() {
        runner.withPropertyValues("management.endpoints.web.exposure.include=migrations")
                .withClassLoader(new FilteredClassLoader(ConditionalOnAvailableEndpoint.class))
                .run(context -> assertThat(context).hasNotFailed().doesNotHaveBean(MigrationsEndpoint.class));
    }

    @Test
    void userDefinedEndpointReplacesTheAutoConfiguredOne() {
        MigrationsEndpoint custom = new MigrationsEndpoint(java.util.Map.of());
        runner.withPropertyValues("management.endpoints.web.exposure.include=migrations")
                .withBean("customEndpoint", MigrationsEndpoint.class, () -> custom)
                .run(context -> assertThat(context).getBean(MigrationsEndpoint.class).isSameAs(custom));
    }
}
