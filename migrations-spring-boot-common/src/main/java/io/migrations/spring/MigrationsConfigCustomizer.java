package io.migrations.spring;

import io.migrations.MigrationsConfig;

/**
 * Adjusts the {@link MigrationsConfig} of the auto-configured {@link MigrationRunner} after the {@code migrations.*}
 * properties are applied, e.g. to set a dialect or settings without a property. Beans of this type are applied in
 * {@link org.springframework.core.annotation.Order order}.
 */
@FunctionalInterface
public interface MigrationsConfigCustomizer {

    /** Changes the builder in place. */
    void customize(MigrationsConfig.Builder builder);
}
