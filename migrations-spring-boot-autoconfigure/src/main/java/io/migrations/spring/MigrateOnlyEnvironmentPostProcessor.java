package io.migrations.spring;

import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Turns the {@value #PROFILE} profile, or {@code migrations.migrate-only=true}, into a migrate-only run: sets
 * {@code migrations.migrate-only=true} and starts no web server, so the same jar can run as a pre-deploy command.
 */
public class MigrateOnlyEnvironmentPostProcessor implements EnvironmentPostProcessor {

    /** The profile that makes a run migrate-only. */
    public static final String PROFILE = "migrate";

    static final String MIGRATE_ONLY = "migrations.migrate-only";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        boolean requested = environment.matchesProfiles(PROFILE)
                || environment.getProperty(MIGRATE_ONLY, Boolean.class, false);
        if (requested) {
            environment.getPropertySources().addFirst(new MapPropertySource("migrationsMigrateOnly",
                    Map.of(MIGRATE_ONLY, "true", "spring.main.web-application-type", "none")));
        }
    }
}
