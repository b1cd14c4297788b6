package io.migrations.spring.drift;

import io.migrations.internal.drift.Drift;
import io.migrations.spring.endpoint.DriftProbe;
import io.migrations.spring.endpoint.MigrationsEndpointAutoConfiguration;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

/** The drift section of the {@code migrations} endpoint, when {@code migrations.drift.enabled=true}. */
@AutoConfiguration(afterName = "io.migrations.spring.MigrationsAutoConfiguration",
        before = MigrationsEndpointAutoConfiguration.class)
@ConditionalOnClass(Drift.class)
@ConditionalOnBooleanProperty(name = "migrations.drift.enabled")
@EnableConfigurationProperties(MigrationsDriftProperties.class)
public final class MigrationsDriftAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    DriftProbe migrationsDriftProbe(MigrationsDriftProperties drift) {
        return new ShadowDriftProbe(drift);
    }
}
