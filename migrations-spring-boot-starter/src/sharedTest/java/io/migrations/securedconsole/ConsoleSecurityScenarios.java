package io.migrations.securedconsole;

import static org.assertj.core.api.Assertions.assertThat;

import io.migrations.testbrowser.Browser;
import io.migrations.testdb.TestDatabase;
import io.migrations.testdb.TestServers;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.UsernameAndPassword;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * The console in an application whose Spring Security rules protect the Actuator endpoints: the page holds no data,
 * and the data it reads is refused to whoever the rules refuse, and shown to whoever they let through. Each Boot line
 * supplies the application, since {@code EndpointRequest} moved in Boot 4; see {@link #start}. The application lives in
 * a package of its own, outside io.migrations.starter, so that it scans nothing else and no other test scans it.
 */
abstract class ConsoleSecurityScenarios {

    private static TestDatabase db;
    private static ConfigurableApplicationContext context;
    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    /**
     * Starts {@link SecuredApplication} with {@code actuatorEndpoints}, a class whose one bean is the line's
     * {@code EndpointRequest.toAnyEndpoint()} (the class moved in Boot 4).
     */
    static void start(Class<?> actuatorEndpoints) {
        db = TestServers.find().createDatabase("ConsoleSecurityTests");
        context = new SpringApplicationBuilder(SecuredApplication.class, actuatorEndpoints)
                .properties("spring.datasource.url=" + db.jdbcUrl(), "spring.datasource.username=" + db.user(),
                        "spring.datasource.password=" + db.password(), "server.port=0",
                        "migrations.console.enabled=true", "management.endpoints.web.exposure.include=migrations,health")
                .run();
    }

    @AfterAll
    static void stop() {
        if (context != null) {
            context.close();
        }
        db.close();
    }

    @Test
    void theEndpointsRulesDecideWhoSeesTheData() throws Exception {
        HttpResponse<String> page = get("/migrations", null);
        assertThat(page.statusCode()).as("the page itself holds no data").isEqualTo(200);
        assertThat(page.body()).doesNotContain("create note", "s1_create_note");

        assertThat(get("/actuator/migrations", null).statusCode()).isEqualTo(401);
        assertThat(get("/actuator/migrations", "viewer:viewer-secret").statusCode()).isEqualTo(403);
        HttpResponse<String> data = get("/actuator/migrations", "admin:admin-secret");
        assertThat(data.statusCode()).isEqualTo(200);
        assertThat(data.body()).contains("\"graph\"", "\"id\":\"s1\"", "create note");
    }

    @Test
    void aVisitorTheRulesRefuseSeesOnlyThatAccessWasRefused() {
        try (Browser browser = Browser.start()) {
            // The browser answers the endpoint's Basic challenge as this user would in the login dialog.
            browser.chrome().register(UsernameAndPassword.of("viewer", "viewer-secret"));
            browser.driver().get(url("/migrations"));
            String error = browser.waitUntil(driver -> driver.findElements(By.cssSelector(".mc-error")).stream()
                    .map(element -> element.getText()).findFirst().orElse(null));
            browser.screenshot("ConsoleSecurityTests-refused");

            assertThat(error).contains("Not allowed", "403");
            assertThat(browser.driver().findElements(By.cssSelector("g.mg-node"))).isEmpty();
            assertThat(browser.driver().getPageSource()).doesNotContain("create note");
        }
    }

    @Test
    void aVisitorTheRulesLetThroughSeesTheGraph() {
        try (Browser browser = Browser.start()) {
            browser.chrome().register(UsernameAndPassword.of("admin", "admin-secret"));
            browser.driver().get(url("/migrations"));
            browser.waitUntil(driver -> !driver.findElements(By.cssSelector("g.mg-node[data-id='s1']")).isEmpty());
            browser.screenshot("ConsoleSecurityTests-allowed");

            assertThat(browser.driver().findElement(By.cssSelector(".mc-banner")).getAttribute("data-status"))
                    .isEqualTo("UP_TO_DATE");
            assertThat(browser.driver().findElements(By.cssSelector(".mc-error"))).isEmpty();
        }
    }

    private static String url(String path) {
        return "http://localhost:" + context.getEnvironment().getProperty("local.server.port") + path;
    }

    private static HttpResponse<String> get(String path, String credentials) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url(path))).GET();
        if (credentials != null) {
            request.header("Authorization", "Basic "
                    + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
        }
        return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Actuator endpoints for administrators only, everything else open: a common set-up. */
    @SpringBootApplication
    static class SecuredApplication {

        @Bean
        SecurityFilterChain security(HttpSecurity http, RequestMatcher actuatorEndpoints) throws Exception {
            http.authorizeHttpRequests(requests -> requests
                            .requestMatchers(actuatorEndpoints).hasRole("ADMIN")
                            .anyRequest().permitAll())
                    .httpBasic(Customizer.withDefaults());
            return http.build();
        }

        /** {@code admin} (role ADMIN, password admin-secret) and {@code viewer} (role VIEWER, viewer-secret). */
        @Bean
        InMemoryUserDetailsManager users() {
            return new InMemoryUserDetailsManager(
                    User.withUsername("admin").password("{noop}admin-secret").roles("ADMIN").build(),
                    User.withUsername("viewer").password("{noop}viewer-secret").roles("VIEWER").build());
        }
    }
}
