package io.migrations.spring;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Spring Boot 3's hook for {@link DatabaseUrlEnvironment} ({@code DATABASE_URL}) and {@link MigrateOnlyEnvironment}
 * (the migrate-only profile).
 */
public class MigrationsEnvironmentPostProcessor implements EnvironmentPostProcessor {

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        DatabaseUrlEnvironment.apply(environment);
        MigrateOnlyEnvironment.apply(environment);
    }
}
