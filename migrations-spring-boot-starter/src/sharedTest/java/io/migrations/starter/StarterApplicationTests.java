package io.migrations.starter;

import static org.assertj.core.api.Assertions.assertThat;

import io.migrations.api.Verdict;
import io.migrations.spring.MigrationRunner;
import io.migrations.spring.endpoint.MigrationsEndpoint;
import io.migrations.testdb.TestDatabase;
import io.migrations.testdb.TestServers;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** An application whose only dependency is the starter: it migrates on start and has the endpoint and health. */
class StarterApplicationTests {

    private static TestDatabase db;

    @BeforeAll
    static void createDatabase() {
        db = TestServers.find().createDatabase("StarterApplicationTests");
    }

    @AfterAll
    static void dropDatabase() {
        db.close();
    }

    @Test
    void starterAloneMigratesAndReports() {
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(StarterOnlyApplication.class)
                .web(WebApplicationType.NONE)
                .properties("spring.datasource.url=" + db.jdbcUrl(), "spring.datasource.username=" + db.user(),
                        "spring.datasource.password=" + db.password(),
                        "management.endpoints.web.exposure.include=migrations,health")
                .run()) {
            assertThat(context.getBean(MigrationRunner.class).check().state()).isEqualTo(Verdict.State.UP_TO_DATE);
            assertThat(context.getBean(MigrationsEndpoint.class).migrations().dataSources().get("migrationRunner").current())
                    .containsExactly("s1");
            assertThat(context.containsBean("migrationsHealthContributor")).isTrue();
        }
    }

    @SpringBootApplication
    static class StarterOnlyApplication {
    }
}
