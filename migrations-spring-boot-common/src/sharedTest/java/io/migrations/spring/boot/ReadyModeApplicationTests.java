package io.migrations.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;

import io.migrations.spring.TestDatabaseExtension;
import io.migrations.spring.app.TestApplication;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;

/** 'ready' mode in a real application: readiness transitions around the migration, and failures that keep running. */
class ReadyModeApplicationTests {

    @RegisterExtension
    static final TestDatabaseExtension db = new TestDatabaseExtension();




    /** A readiness change and the version table's rows at that moment. */
    record Transition(ReadinessState state, List<String> versions) {
    }

    private static SpringApplicationBuilder application(String... properties) {
        return new SpringApplicationBuilder(TestApplication.class)
                .properties(db.dataSourceProperties())
                .properties("server.port=0", "migrations.mode=ready", "management.endpoints.web.exposure.include=health",
                        "management.endpoint.health.show-details=always")
                .properties(properties);
    }

    @Test
    void readinessRefusesTrafficWhileMigratingAndAcceptsItAfterwards() {
        List<Transition> transitions = new CopyOnWriteArrayList<>();
        ApplicationListener<AvailabilityChangeEvent<ReadinessState>> recorder =
                event -> transitions.add(new Transition(event.getState(), db.versions()));
        try (ConfigurableApplicationContext context = application().listeners(recorder).run()) {
            assertThat(transitions.get(0)).isEqualTo(new Transition(ReadinessState.REFUSING_TRAFFIC, List.of()));
            assertThat(transitions).filteredOn(t -> t.state() == ReadinessState.ACCEPTING_TRAFFIC)
                    .isNotEmpty()
                    .allSatisfy(t -> assertThat(t.versions()).containsExactly("b2"));
            assertThat(transitions.get(transitions.size() - 1).state()).isEqualTo(ReadinessState.ACCEPTING_TRAFFIC);
        }
    }

    @Test
    void keepRunningAfterAFailureReportsHealthDown() throws Exception {
        try (ConfigurableApplicationContext context = application("migrations.on-failure=keep-running",
                "migrations.locations=classpath:db/failing").run()) {
            Http.Response health = Http.get(context, "/actuator/health/migrations");
            assertThat(health.status()).isEqualTo(503);
            assertThat(health.<String>read("$.status")).isEqualTo("DOWN");
            assertThat(health.<String>read("$.details.error")).contains("no_such_table");
        }
    }
}
