package io.migrations.spring.endpoint;

import static org.assertj.core.api.Assertions.assertThat;

import io.migrations.spring.Databases;
import io.migrations.spring.MigrationsAutoConfiguration;
import io.migrations.testdb.TestDatabase;
import io.migrations.testdb.TestServers;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.actuate.autoconfigure.endpoint.condition.ConditionalOnAvailableEndpoint;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

class MigrationsEndpointAutoConfigurationTests {

    private static TestDatabase db;

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class, MigrationsAutoConfiguration.class,
                    MigrationsEndpointAutoConfiguration.class))
            .withPropertyValues(Databases.dataSourceProperties(db))
            .withPropertyValues("migrations.mode=none");

    @BeforeAll
    static void createDatabase() {
        db = TestServers.find().createDatabase("MigrationsEndpointAutoConfigurationTests");
    }

    @AfterAll
    static void dropDatabase() {
        db.close();
    }

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
