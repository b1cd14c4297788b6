package io.migrations.spring;

import java.util.List;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Starts a {@link RevisionPreload} of the {@code migrations.locations} when a Spring application's context is
 * created, before any bean exists, unless {@code migrations.enabled} is false.
 */
public class RevisionPreloadInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        List<String> locations = ConfiguredLocations.of(context.getEnvironment());
        if (!locations.isEmpty() && !context.getBeanFactory().containsSingleton(RevisionPreload.BEAN_NAME)) {
            context.getBeanFactory().registerSingleton(RevisionPreload.BEAN_NAME,
                    RevisionPreload.start(locations, context.getClassLoader()));
        }
    }
}
