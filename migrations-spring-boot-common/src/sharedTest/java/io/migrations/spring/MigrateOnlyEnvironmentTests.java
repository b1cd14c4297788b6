package io.migrations.spring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

class MigrateOnlyEnvironmentTests {

    private final StandardEnvironment environment = new StandardEnvironment();

    private void postProcess() {
        MigrateOnlyEnvironment.apply(environment);
    }

    @Test
    void migrateProfileMakesTheRunMigrateOnlyWithoutWebServer() {
        environment.setActiveProfiles("migrate");
        postProcess();
        assertThat(environment.getProperty("migrations.migrate-only")).isEqualTo("true");
        assertThat(environment.getProperty("spring.main.web-application-type")).isEqualTo("none");
    }

    @Test
    void migrateOnlyPropertyStartsNoWebServer() {
        environment.getPropertySources().addFirst(new MapPropertySource("test", Map.of("migrations.migrate-only", "true",
                "spring.main.web-application-type", "servlet")));
        postProcess();
        assertThat(environment.getProperty("spring.main.web-application-type")).isEqualTo("none");
    }

    @Test
    void theProfileNameIsConfigurable() {
        environment.getPropertySources().addFirst(new MapPropertySource("test",
                Map.of(MigrateOnlyEnvironment.PROFILE_PROPERTY, "predeploy")));
        environment.setActiveProfiles("migrate");
        postProcess();
        assertThat(environment.getProperty("migrations.migrate-only")).as("the default profile no longer counts").isNull();
        environment.setActiveProfiles("predeploy");
        postProcess();
        assertThat(environment.getProperty("migrations.migrate-only")).isEqualTo("true");
    }

    @Test
    void otherRunsAreLeftAlone() {
        environment.setActiveProfiles("prod");
        postProcess();
        assertThat(environment.getProperty("migrations.migrate-only")).isNull();
        assertThat(environment.getProperty("spring.main.web-application-type")).isNull();
    }
}
