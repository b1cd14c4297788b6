package io.migrations.spring.drift;

import io.migrations.internal.drift.Drift;
import io.migrations.spring.MigrationsAutoConfiguration;
import io.migrations.spring.MigrationsProperties;
import io.migrations.spring.endpoint.DriftProbe;
import io.migrations.spring.endpoint.MigrationsEndpointAutoConfiguration;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.context.annotation.Bean;

/** The drift section of the {@code migrations} endpoint, when {@code migrations.drift.enabled=true}. */
@AutoConfiguration(after = MigrationsAutoConfiguration.class, before = MigrationsEndpointAutoConfiguration.class)
@ConditionalOnClass(Drift.class)
@ConditionalOnBooleanProperty(name = "migrations.drift.enabled")
@EnableConfigurationProperties({MigrationsDriftProperties.class, MigrationsProperties.class})
public final class MigrationsDriftAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    DriftProbe migrationsDriftProbe(MigrationsDriftProperties drift, MigrationsProperties migrations,
                                    ObjectProvider<JdbcConnectionDetails> connection) {
        return new ShadowDriftProbe(drift, migrations, connection.getIfAvailable());
    }
}
