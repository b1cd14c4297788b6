package io.migrations.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;

import io.migrations.spring.TestDatabaseExtension;
import io.migrations.spring.MigrationRunner;
import io.migrations.spring.app.TestApplication;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;

/** The endpoint, health and metrics over real HTTP, in 'none' mode so that each test decides when to migrate. */
class ActuatorApplicationTests {

    @RegisterExtension
    static final TestDatabaseExtension db = new TestDatabaseExtension();

    private ConfigurableApplicationContext context;



    @BeforeEach
    void start() {
        context = new SpringApplicationBuilder(TestApplication.class)
                .properties("spring.datasource.url=" + db.jdbcUrl() + "?password=topsecret",
                        "spring.datasource.username=" + db.user())
                .properties("server.port=0", "migrations.mode=none",
                        "management.endpoints.web.exposure.include=migrations,health,metrics",
                        "management.endpoint.health.show-details=always",
                        "management.endpoint.health.group.readiness.include=readinessState,migrations")
                .run();
    }

    @AfterEach
    void stop() {
        context.close();
    }

    private void migrate() {
        context.getBean(MigrationRunner.class).migrate();
    }

    @Test
    void endpointReportsPendingRevisionsWithTheUrlMasked() throws Exception {
        Http.Response response = Http.get(context, "/actuator/migrations");
        assertThat(response.status()).isEqualTo(200);
        JsonNode dataSource = response.json().path("dataSources").path("migrationRunner");
        assertThat(dataSource.path("url").asString()).isEqualTo(db.jdbcUrl() + "?password=***");
        assertThat(dataSource.path("status").asString()).isEqualTo("PENDING");
        assertThat(dataSource.path("pending").get(0).path("id").asString()).isEqualTo("a1");
        assertThat(dataSource.path("pending").get(0).path("message").asString()).isEqualTo("create account");
        assertThat(dataSource.path("pending").get(1).path("path").asString()).contains("b2_add_email.sql");
        assertThat(response.json().toString()).doesNotContain("topsecret");
    }

    @Test
    void endpointReportsHistoryAfterMigrating() throws Exception {
        migrate();
        JsonNode dataSource = Http.get(context, "/actuator/migrations").json().path("dataSources").path("migrationRunner");
        assertThat(dataSource.path("status").asString()).isEqualTo("UP_TO_DATE");
        assertThat(dataSource.path("current").get(0).asString()).isEqualTo("b2");
        assertThat(dataSource.path("heads").get(0).asString()).isEqualTo("b2");
        JsonNode first = dataSource.path("history").get(0);
        assertThat(first.path("revision").asString()).isEqualTo("a1");
        assertThat(first.path("direction").asString()).isEqualTo("UPGRADE");
        assertThat(first.path("success").asBoolean()).isTrue();
        assertThat(first.path("appliedBy").asString()).isEqualTo(db.user());
        assertThat(first.path("appliedAt").asString()).matches("\\d{4}-\\d{2}-\\d{2}T.*");
        assertThat(first.path("checksum").asString()).isNotBlank();
        assertThat(first.has("durationMs")).isTrue();
    }

    @Test
    void endpointDescribesOneRevisionAndAnswers404ForUnknownOnes() throws Exception {
        migrate();
        Http.Response revision = Http.get(context, "/actuator/migrations/b2");
        assertThat(revision.status()).isEqualTo(200);
        JsonNode b2 = revision.json().path("dataSources").path("migrationRunner");
        assertThat(b2.path("message").asString()).isEqualTo("add email");
        assertThat(b2.path("downRevisions").get(0).asString()).isEqualTo("a1");
        assertThat(b2.path("applied").asBoolean()).isTrue();
        assertThat(Http.get(context, "/actuator/migrations/nope").status()).isEqualTo(404);
    }

    @Test
    void healthAndReadinessFollowTheMigrationState() throws Exception {
        Http.Response pending = Http.get(context, "/actuator/health/migrations");
        assertThat(pending.status()).isEqualTo(503);
        assertThat(pending.json().path("status").asString()).isEqualTo("OUT_OF_SERVICE");
        assertThat(Http.get(context, "/actuator/health/readiness").status()).isEqualTo(503);
        migrate();
        Http.Response upToDate = Http.get(context, "/actuator/health/migrations");
        assertThat(upToDate.status()).isEqualTo(200);
        assertThat(upToDate.json().path("status").asString()).isEqualTo("UP");
        assertThat(Http.get(context, "/actuator/health/readiness").status()).isEqualTo(200);
    }

    @Test
    void metricsAreRecorded() throws Exception {
        assertThat(measurement("/actuator/metrics/migrations.pending")).isEqualTo(2);
        migrate();
        assertThat(measurement("/actuator/metrics/migrations.pending")).isEqualTo(0);
        assertThat(measurement("/actuator/metrics/migrations.applied")).isEqualTo(2);
        assertThat(measurement("/actuator/metrics/migrations.execution?tag=outcome:success&tag=direction:upgrade")).isEqualTo(1);
    }

    private double measurement(String path) throws Exception {
        Http.Response response = Http.get(context, path);
        assertThat(response.status()).as(path).isEqualTo(200);
        return response.json().path("measurements").get(0).path("value").asDouble();
    }
}
