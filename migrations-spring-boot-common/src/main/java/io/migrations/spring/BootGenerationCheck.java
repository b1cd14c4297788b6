package io.migrations.spring;

import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.context.ApplicationListener;

/**
 * Stops an application whose Spring Boot is not the generation this starter was built for, before anything else
 * happens, instead of letting it start half-configured (on the wrong generation, the auto-configuration's ordering,
 * environment hooks and health classes are missing, and the application may start without migrating). Each Boot
 * generation's module registers a subclass naming itself.
 */
public abstract class BootGenerationCheck implements ApplicationListener<ApplicationEnvironmentPreparedEvent> {

    private final BootGeneration expected;

    protected BootGenerationCheck(BootGeneration expected) {
        this.expected = expected;
    }

    /**
     * @throws MigrationsConfigurationException naming the starter to use instead
     */
    @Override
    public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
        ClassLoader classLoader = event.getSpringApplication().getClassLoader();
        String problem = BootGeneration.mismatch(expected, classLoader);
        if (problem != null) {
            throw new MigrationsConfigurationException(problem);
        }
    }
}
