package io.migrations.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;

import io.migrations.spring.TestDatabaseExtension;
import io.migrations.spring.app.TestApplication;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** The console page over real HTTP: off by default, exposed like the endpoint, servlet and reactive, any path. */
class ConsoleApplicationTests {

    @RegisterExtension
    static final TestDatabaseExtension db = new TestDatabaseExtension();

    private final List<ConfigurableApplicationContext> contexts = new ArrayList<>();

    @AfterEach
    void stop() {
        contexts.forEach(ConfigurableApplicationContext::close);
    }

    private ConfigurableApplicationContext start(WebApplicationType type, String... properties) {
        ConfigurableApplicationContext context = new SpringApplicationBuilder(TestApplication.class)
                .web(type)
                .properties("spring.datasource.url=" + db.jdbcUrl() + "?password=topsecret",
                        "spring.datasource.username=" + db.user(), "server.port=0")
                .properties(properties)
                .run();
        contexts.add(context);
        return context;
    }

    @ParameterizedTest
    @EnumSource(value = WebApplicationType.class, names = {"SERVLET", "REACTIVE"})
    void servletAndReactiveApplicationsServeTheSelfContainedPageThatReadsTheEndpoint(WebApplicationType type)
            throws Exception {
        ConfigurableApplicationContext context = start(type, "migrations.console.enabled=true",
                "management.endpoints.web.exposure.include=migrations");

        HttpResponse<String> page = Http.page(context, "/migrations");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
        assertThat(page.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(csp ->
                assertThat(csp).contains("default-src 'none'", "connect-src 'self'"));
        assertThat(page.body()).contains("data-endpoint=\"actuator/migrations\"", "MigrationsGraph", ".mg-node")
                .doesNotContain("<script src", "<link ", "https://", "topsecret");
        assertThat(Http.page(context, "/migrations/").statusCode()).isEqualTo(200);
        Http.Response data = Http.get(context, "/actuator/migrations");
        assertThat(data.<List<String>>read("$.dataSources.migrationRunner.graph.nodes[*].id"))
                .containsExactlyInAnyOrder("a1", "b2");
        assertThat(data.<List<String>>read("$.dataSources.migrationRunner.graph.edges[*].kind"))
                .containsExactly("down_revision");
    }

    @Test
    void thePathIsConfigurableAndTheEndpointFoundRelativeToIt() throws Exception {
        ConfigurableApplicationContext context = start(WebApplicationType.SERVLET, "migrations.console.enabled=true",
                "migrations.console.path=/ops/database", "management.endpoints.web.exposure.include=migrations",
                "management.endpoints.web.base-path=/manage");

        assertThat(Http.page(context, "/ops/database").body()).contains("data-endpoint=\"../manage/migrations\"");
        assertThat(Http.page(context, "/migrations").statusCode()).isEqualTo(404);
        assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> new io.migrations.spring.console
                .MigrationsConsoleProperties().setPath("/ops/")))
                .hasMessageContaining("no trailing '/'");
    }

    @Test
    void theConsoleIsOffByDefault() throws Exception {
        ConfigurableApplicationContext context = start(WebApplicationType.SERVLET,
                "management.endpoints.web.exposure.include=migrations");

        assertThat(Http.page(context, "/migrations").statusCode()).isEqualTo(404);
    }

    @Test
    void theConsoleFollowsTheEndpointsExposure() throws Exception {
        ConfigurableApplicationContext hidden = start(WebApplicationType.SERVLET, "migrations.console.enabled=true",
                "management.endpoints.web.exposure.include=health");
        ConfigurableApplicationContext denied = start(WebApplicationType.SERVLET, "migrations.console.enabled=true",
                "management.endpoints.web.exposure.include=migrations", "management.endpoint.migrations.access=none");

        assertThat(Http.page(hidden, "/migrations").statusCode()).isEqualTo(404);
        assertThat(Http.page(denied, "/migrations").statusCode()).isEqualTo(404);
    }
}
