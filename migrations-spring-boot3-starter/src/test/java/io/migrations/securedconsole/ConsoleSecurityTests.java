package io.migrations.securedconsole;

import org.springframework.boot.actuate.autoconfigure.security.servlet.EndpointRequest;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.context.annotation.Bean;
import org.springframework.security.web.util.matcher.RequestMatcher;

/** {@link ConsoleSecurityScenarios} on Spring Boot 3.5. */
class ConsoleSecurityTests extends ConsoleSecurityScenarios {

    @BeforeAll
    static void startApplication() {
        start(ActuatorEndpoints.class);
    }

    static class ActuatorEndpoints {

        @Bean
        RequestMatcher actuatorEndpoints() {
            return EndpointRequest.toAnyEndpoint();
        }
    }
}
