package io.migrations.spring;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.Environment;

/**
 * The revision locations an environment configures, read before the properties are bound to beans: to read the
 * default runner's revisions ahead ({@link RevisionPreloadInitializer}) and to index every runner's for a native
 * image.
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

    /**
     * The locations of every runner the environment configures: for each runner under
     * {@code migrations.datasources}, its own {@code locations} or else the top-level ones it inherits; without such
     * runners, those of {@link #of}. Empty when migrations are disabled or the settings do not bind.
     */
    public static List<String> ofEveryRunner(Environment environment) {
        List<String> top = of(environment);
        try {
            Set<String> names = top.isEmpty() ? Set.of() : NamedMigrationRunners.names(environment);
            if (names.isEmpty()) {
                return top;
            }
            Binder binder = Binder.get(environment);
            Set<String> locations = new LinkedHashSet<>();
            for (String name : names) {
                locations.addAll(binder.bind(NamedMigrationRunners.PREFIX + "." + name + ".locations",
                        Bindable.listOf(String.class)).orElse(top));
            }
            return List.copyOf(locations);
        } catch (BindException | MigrationsConfigurationException e) {
            return List.of();
        }
    }
}
