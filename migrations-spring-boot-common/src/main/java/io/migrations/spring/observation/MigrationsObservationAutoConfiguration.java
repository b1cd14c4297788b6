package io.migrations.spring.observation;

import io.micrometer.observation.ObservationRegistry;
import io.migrations.spring.MigrationRunner;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * Observes migration runs when the application has an {@link ObservationRegistry} (Spring Boot makes one with
 * Actuator): ordered after the auto-configuration that makes it, Boot 3.5's or Boot 4's. Without one, runs are not
 * observed.
 */
@AutoConfiguration(afterName = {
        "org.springframework.boot.actuate.autoconfigure.observation.ObservationAutoConfiguration",
        "org.springframework.boot.micrometer.observation.autoconfigure.ObservationAutoConfiguration"})
@ConditionalOnClass({ObservationRegistry.class, MigrationRunner.class})
@ConditionalOnBean(ObservationRegistry.class)
public final class MigrationsObservationAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    MigrationObservationCallback migrationObservationCallback(ObservationRegistry registry,
                                                              ObjectProvider<MigrationObservationConvention> convention) {
        return new MigrationObservationCallback(registry, convention.getIfAvailable());
    }
}
