package io.migrations.spring;

import java.util.Map;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Turns the migrate-only profile ({@value #DEFAULT_PROFILE} unless {@value #PROFILE_PROPERTY} names another), or
 * {@code migrations.migrate-only=true}, into a migrate-only run: sets {@code migrations.migrate-only=true} and starts
 * no web server, so the same jar can run as a pre-deploy command. Each Boot generation's environment post-processor
 * calls it.
 */
public final class MigrateOnlyEnvironment {

    /** The profile that makes a run migrate-only unless {@value #PROFILE_PROPERTY} says otherwise. */
    public static final String DEFAULT_PROFILE = "migrate";

    /** The property naming the migrate-only profile. */
    public static final String PROFILE_PROPERTY = "migrations.migrate-only-profile";

    static final String MIGRATE_ONLY = "migrations.migrate-only";

    private MigrateOnlyEnvironment() {
    }

    /** Marks the environment migrate-only when its profile or property asks for it. */
    public static void apply(ConfigurableEnvironment environment) {
        String profile = environment.getProperty(PROFILE_PROPERTY, DEFAULT_PROFILE).strip();
        boolean requested = !profile.isEmpty() && environment.matchesProfiles(profile)
                || environment.getProperty(MIGRATE_ONLY, Boolean.class, false);
        if (requested) {
            environment.getPropertySources().addFirst(new MapPropertySource("migrationsMigrateOnly",
                    Map.of(MIGRATE_ONLY, "true", "spring.main.web-application-type", "none")));
        }
    }
}
