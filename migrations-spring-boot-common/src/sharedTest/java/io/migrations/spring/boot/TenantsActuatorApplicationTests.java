package io.migrations.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.migrations.spring.TestDatabaseExtension;
import io.migrations.spring.app.TestApplication;
import io.migrations.spring.tenants.TenantMigrations;
import io.migrations.spring.tenants.TenantsFailedException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** The tenants section of the endpoint (paged by query parameters) and the tenants' health, over real HTTP. */
class TenantsActuatorApplicationTests {

    @RegisterExtension
    static final TestDatabaseExtension db = new TestDatabaseExtension();

    @Test
    void endpointPagesTheFailedTenantsAndHealthIsDownWithEveryCount() throws Exception {
        List<String> schemas = List.of("web_a", "web_b", "web_c", "web_d");
        schemas.forEach(schema -> db.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE; CREATE SCHEMA " + schema));
        db.execute("CREATE TABLE web_b.note (id INT); CREATE TABLE web_d.note (id INT)");
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(TestApplication.class)
                .properties("spring.datasource.url=" + db.jdbcUrl() + "?password=topsecret",
                        "spring.datasource.username=" + db.user())
                .properties("server.port=0", "migrations.mode=none", "migrations.locations=classpath:db/tenants",
                        "migrations.tenants.schemas-query=SELECT nspname FROM pg_namespace WHERE nspname LIKE 'web\\_%' "
                                + "ORDER BY 1",
                        "migrations.tenants.max-failures=all",
                        "management.endpoints.web.exposure.include=migrations,health",
                        "management.endpoint.health.show-details=always")
                .run()) {
            assertThatThrownBy(context.getBean(TenantMigrations.class)::migrate)
                    .isInstanceOf(TenantsFailedException.class);

            Http.Response first = Http.get(context, "/actuator/migrations?page=0&size=1");
            assertThat(first.status()).isEqualTo(200);
            assertThat(first.<Integer>read("$.tenants.total")).isEqualTo(4);
            assertThat(first.<Integer>read("$.tenants.counts['at target']")).isEqualTo(2);
            assertThat(first.<Integer>read("$.tenants.counts.failed")).isEqualTo(2);
            assertThat(first.<Integer>read("$.tenants.pages")).isEqualTo(2);
            assertThat(first.<List<String>>read("$.tenants.failing[*].schema")).containsExactly("web_b");
            assertThat(first.<String>read("$.tenants.failing[0].error")).contains("relation \"note\" already exists");
            assertThat(first.body()).doesNotContain("topsecret");
            assertThat(Http.get(context, "/actuator/migrations?page=1&size=1").<List<String>>read(
                    "$.tenants.failing[*].schema")).containsExactly("web_d");
            assertThat(Http.get(context, "/actuator/migrations").<List<String>>read("$.tenants.failing[*].schema"))
                    .containsExactly("web_b", "web_d");

            Http.Response health = Http.get(context, "/actuator/health/migrationsTenants");
            assertThat(health.status()).isEqualTo(503);
            assertThat(health.<String>read("$.status")).isEqualTo("DOWN");
            assertThat(health.<Integer>read("$.details.counts['at target']")).isEqualTo(2);
            assertThat(health.<Integer>read("$.details.counts.failed")).isEqualTo(2);
            assertThat(health.body()).doesNotContain("topsecret");
            assertThat(Http.get(context, "/actuator/health").<String>read("$.status")).isEqualTo("DOWN");
        }
    }
}
