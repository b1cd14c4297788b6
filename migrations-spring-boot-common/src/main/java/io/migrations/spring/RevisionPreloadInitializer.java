package io.migrations.spring;

import java.util.List;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Starts a {@link RevisionPreload} of the {@code migrations.locations} when a Spring application's context is
 * created, before any bean exists, unless {@code migrations.enabled} is false.
 */
public class RevisionPreloadInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        Binder binder = Binder.get(context.getEnvironment());
        List<String> locations;
        try {
            if (!binder.bind("migrations.enabled", Boolean.class).orElse(true)) {
                return;
            }
            locations = binder.bind("migrations.locations", Bindable.listOf(String.class))
                    .orElseGet(() -> new MigrationsProperties().getLocations());
        } catch (BindException e) {
            // The auto-configuration binds the same properties and reports the mistake properly; nothing to read ahead.
            return;
        }
        if (!context.getBeanFactory().containsSingleton(RevisionPreload.BEAN_NAME)) {
            context.getBeanFactory().registerSingleton(RevisionPreload.BEAN_NAME,
                    RevisionPreload.start(locations, context.getClassLoader()));
        }
    }
}
