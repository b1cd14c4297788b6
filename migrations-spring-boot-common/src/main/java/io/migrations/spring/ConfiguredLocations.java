package io.migrations.spring;

import java.util.List;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.Environment;

/**
 * The revision locations an environment configures, read before the properties are bound to beans: to read the
 * revisions ahead ({@link RevisionPreloadInitializer}) and to index them for a native image.
 */
public final class ConfiguredLocations {

    private ConfiguredLocations() {
    }

    /**
     * {@code migrations.locations}, or the default; empty when migrations are disabled or the settings do not bind
     * (the auto-configuration binds them too, and reports the mistake properly).
     */
    public static List<String> of(Environment environment) {
        Binder binder = Binder.get(environment);
        try {
            if (!binder.bind("migrations.enabled", Boolean.class).orElse(true)) {
                return List.of();
            }
            return binder.bind("migrations.locations", Bindable.listOf(String.class))
                    .orElseGet(() -> new MigrationsProperties().getLocations());
        } catch (BindException e) {
            return List.of();
        }
    }
}
