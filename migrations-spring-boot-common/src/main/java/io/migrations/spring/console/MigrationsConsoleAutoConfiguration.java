package io.migrations.spring.console;

import io.migrations.spring.MigrationRunner;
import io.migrations.spring.endpoint.MigrationsEndpoint;
import io.migrations.spring.endpoint.MigrationsEndpointAutoConfiguration;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.actuate.autoconfigure.endpoint.condition.ConditionalOnAvailableEndpoint;
import org.springframework.boot.actuate.autoconfigure.endpoint.expose.EndpointExposure;
import org.springframework.boot.actuate.endpoint.EndpointId;
import org.springframework.boot.actuate.endpoint.web.PathMappedEndpoints;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The read-only console at {@code migrations.console.path} ({@code /migrations}), off unless
 * {@code migrations.console.enabled=true}. Like Actuator: only when the {@code migrations} endpoint is available and
 * exposed over the web, and the page reads nothing but that endpoint, so whatever protects the endpoint protects the
 * console's data.
 */
@AutoConfiguration(after = MigrationsEndpointAutoConfiguration.class)
@ConditionalOnClass({MigrationRunner.class, ConditionalOnAvailableEndpoint.class, GetMapping.class})
@ConditionalOnWebApplication
@ConditionalOnBooleanProperty("migrations.console.enabled")
@ConditionalOnAvailableEndpoint(endpoint = MigrationsEndpoint.class, exposure = EndpointExposure.WEB)
@EnableConfigurationProperties(MigrationsConsoleProperties.class)
public final class MigrationsConsoleAutoConfiguration {

    private static final EndpointId ENDPOINT = EndpointId.of("migrations");

    @Bean
    @ConditionalOnBean(MigrationsEndpoint.class)
    @ConditionalOnMissingBean
    MigrationsConsoleController migrationsConsoleController(MigrationsConsoleProperties properties,
                                                            ObjectProvider<PathMappedEndpoints> endpoints) {
        PathMappedEndpoints mapped = endpoints.getIfAvailable();
        String endpointPath = mapped != null && mapped.getPath(ENDPOINT) != null ? mapped.getPath(ENDPOINT)
                : "/actuator/migrations";
        return new MigrationsConsoleController(properties.getPath(), endpointPath);
    }
}
