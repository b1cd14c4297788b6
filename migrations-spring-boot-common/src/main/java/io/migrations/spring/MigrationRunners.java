package io.migrations.spring;

import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;

/** The application's runners by {@link MigrationRunner#name() name}, as the endpoint, health and metrics show them. */
public final class MigrationRunners {

    private MigrationRunners() {
    }

    /**
     * @throws MigrationsConfigurationException when two runners have the same name
     */
    public static Map<String, MigrationRunner> byName(Collection<MigrationRunner> runners) {
        Map<String, MigrationRunner> byName = new TreeMap<>();
        for (MigrationRunner runner : runners) {
            if (byName.putIfAbsent(runner.name(), runner) != null) {
                throw new MigrationsConfigurationException("Two migration runners are named '" + runner.name()
                        + "'. Give each its own name: rename the bean or the entry under migrations.datasources.");
            }
        }
        return byName;
    }
}
