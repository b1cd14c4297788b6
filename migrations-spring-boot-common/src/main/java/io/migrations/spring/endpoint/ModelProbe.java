package io.migrations.spring.endpoint;

import io.migrations.spring.MigrationRunner;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Supplies the optional model section of the {@code migrations} endpoint and the startup model check. Off unless
 * {@code migrations.model-check} is {@code warn} or {@code fail}, because a check applies the model to a throwaway
 * database.
 */
@FunctionalInterface
public interface ModelProbe {

    /** No model section. */
    ModelProbe OFF = runner -> Optional.empty();

    /** How the runner's database compares with the model, or empty when the model is not checked. */
    Optional<ModelDescriptor> check(MigrationRunner runner);

    /**
     * The model section of one data source.
     *
     * @param model       the model compared with, e.g. {@code classpath:db/schema.sql} or {@code jpa:com.acme}
     * @param matches     whether the database has exactly the model's schema; false when the check failed
     * @param differences one line per difference
     * @param error       why the check could not run, or null
     */
    record ModelDescriptor(String model, boolean matches, List<String> differences, @Nullable String error) {
    }
}
