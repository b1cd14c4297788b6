package io.migrations.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;

import io.migrations.spring.MigrationRunner;
import io.migrations.spring.TestDatabaseExtension;
import io.migrations.spring.app.TestApplication;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

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
                        "management.endpoint.health.probes.enabled=true",
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
        String dataSource = "$.dataSources.migrationRunner";
        assertThat(response.<String>read(dataSource + ".url")).isEqualTo(db.jdbcUrl() + "?password=***");
        assertThat(response.<String>read(dataSource + ".status")).isEqualTo("PENDING");
        assertThat(response.<String>read(dataSource + ".pending[0].id")).isEqualTo("a1");
        assertThat(response.<String>read(dataSource + ".pending[0].message")).isEqualTo("create account");
        assertThat(response.<String>read(dataSource + ".pending[1].path")).contains("b2_add_email.sql");
        assertThat(response.body()).doesNotContain("topsecret");
    }

    @Test
    void endpointReportsHistoryAfterMigrating() throws Exception {
        migrate();
        Http.Response response = Http.get(context, "/actuator/migrations");
        String dataSource = "$.dataSources.migrationRunner";
        assertThat(response.<String>read(dataSource + ".status")).isEqualTo("UP_TO_DATE");
        assertThat(response.<String>read(dataSource + ".current[0]")).isEqualTo("b2");
        assertThat(response.<String>read(dataSource + ".heads[0]")).isEqualTo("b2");
        String first = dataSource + ".history[0]";
        assertThat(response.<String>read(first + ".revision")).isEqualTo("a1");
        assertThat(response.<String>read(first + ".direction")).isEqualTo("UPGRADE");
        assertThat(response.<Boolean>read(first + ".success")).isTrue();
        assertThat(response.<String>read(first + ".appliedBy")).isEqualTo(db.user());
        assertThat(response.<String>read(first + ".appliedAt")).matches("\\d{4}-\\d{2}-\\d{2}T.*");
        assertThat(response.<String>read(first + ".checksum")).isNotBlank();
        assertThat(response.<Number>read(first + ".durationMs")).isNotNull();
    }

    @Test
    void endpointDescribesOneRevisionAndAnswers404ForUnknownOnes() throws Exception {
        migrate();
        Http.Response revision = Http.get(context, "/actuator/migrations/b2");
        assertThat(revision.status()).isEqualTo(200);
        assertThat(revision.<String>read("$.dataSources.migrationRunner.message")).isEqualTo("add email");
        assertThat(revision.<String>read("$.dataSources.migrationRunner.downRevisions[0]")).isEqualTo("a1");
        assertThat(revision.<Boolean>read("$.dataSources.migrationRunner.applied")).isTrue();
        assertThat(Http.get(context, "/actuator/migrations/nope").status()).isEqualTo(404);
    }

    @Test
    void healthAndReadinessFollowTheMigrationState() throws Exception {
        Http.Response pending = Http.get(context, "/actuator/health/migrations");
        assertThat(pending.status()).isEqualTo(503);
        assertThat(pending.<String>read("$.status")).isEqualTo("OUT_OF_SERVICE");
        assertThat(Http.get(context, "/actuator/health/readiness").status()).isEqualTo(503);
        migrate();
        Http.Response upToDate = Http.get(context, "/actuator/health/migrations");
        assertThat(upToDate.status()).isEqualTo(200);
        assertThat(upToDate.<String>read("$.status")).isEqualTo("UP");
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
        return response.<Number>read("$.measurements[0].value").doubleValue();
    }
}
