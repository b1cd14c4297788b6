package io.migrations.spring;

import java.util.HashMap;
import java.util.Map;
import org.springframework.aot.AotDetector;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Turns the migrate-only profile ({@value #DEFAULT_PROFILE} unless {@value #PROFILE_PROPERTY} names another), or
 * {@code migrations.migrate-only=true}, into a migrate-only run: sets {@code migrations.migrate-only=true} and starts
 * no web server, so the same jar can run as a pre-deploy command. Each Boot generation's environment post-processor
 * calls it, at run time, so an AOT-processed application decides with the settings it runs with.
 *
 * <p>A plain application is switched to {@code spring.main.web-application-type=none}. An AOT-processed one (or a
 * native image) cannot be: its bean definitions were generated for the web application type of its build, and a
 * non-web context fails on them ("No ServletContext set"). It keeps its web context and gets
 * {@code server.port=-1}, which creates the web server without starting it.
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
            Map<String, Object> noWebServer = AotDetector.useGeneratedArtifacts()
                    ? Map.of("server.port", "-1") : Map.of("spring.main.web-application-type", "none");
            Map<String, Object> properties = new HashMap<>(noWebServer);
            properties.put(MIGRATE_ONLY, "true");
            environment.getPropertySources().addFirst(new MapPropertySource("migrationsMigrateOnly", properties));
        }
    }
}
