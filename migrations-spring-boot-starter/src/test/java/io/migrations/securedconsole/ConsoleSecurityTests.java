package io.migrations.securedconsole;

import org.junit.jupiter.api.BeforeAll;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.security.autoconfigure.actuate.web.servlet.EndpointRequest;
import org.springframework.context.annotation.Bean;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;

/** {@link ConsoleSecurityScenarios} on Spring Boot 4. */
class ConsoleSecurityTests extends ConsoleSecurityScenarios {

    @BeforeAll
    static void startApplication() {
        start(SecuredApplication.class);
    }

    /** Actuator endpoints for administrators only, everything else open: a common set-up. */
    @SpringBootApplication
    static class SecuredApplication {

        @Bean
        SecurityFilterChain security(HttpSecurity http) throws Exception {
            http.authorizeHttpRequests(requests -> requests
                            .requestMatchers(EndpointRequest.toAnyEndpoint()).hasRole("ADMIN")
                            .anyRequest().permitAll())
                    .httpBasic(Customizer.withDefaults());
            return http.build();
        }

        @Bean
        InMemoryUserDetailsManager users() {
            return ConsoleSecurityScenarios.users();
        }
    }
}
