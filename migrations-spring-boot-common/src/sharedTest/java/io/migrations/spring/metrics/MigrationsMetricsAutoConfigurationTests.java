package io.migrations.spring.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.migrations.spring.BootLine;
import io.migrations.spring.MigrationRunner;
import io.migrations.spring.MigrationsAutoConfiguration;
import io.migrations.spring.TestDatabaseExtension;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

class MigrationsMetricsAutoConfigurationTests {

    @RegisterExtension
    static final TestDatabaseExtension db = new TestDatabaseExtension();

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(BootLine.DATA_SOURCE, MigrationsAutoConfiguration.class,
                    MigrationsMetricsAutoConfiguration.class))
            .withConfiguration(AutoConfigurations.of(BootLine.METRICS))
            .withPropertyValues(db.dataSourceProperties());




    @Test
    void startupRunIsTimedAsASuccessfulUpgrade() {
        runner.run(context -> {
            Timer timer = context.getBean(MeterRegistry.class).get(MigrationTimer.NAME)
                    .tag("runner", "migrationRunner").tag("direction", "upgrade").tag("outcome", "success").timer();
            assertThat(timer.count()).isEqualTo(1);
        });
    }

    @Test
    void failedRunIsTimedAsAFailure() {
        runner.withPropertyValues("migrations.mode=none", "migrations.locations=classpath:db/failing")
                .run(context -> {
                    assertThatThrownBy(context.getBean(MigrationRunner.class)::migrate).hasMessageContaining("no_such_table");
                    Timer timer = context.getBean(MeterRegistry.class).get(MigrationTimer.NAME)
                            .tag("direction", "upgrade").tag("outcome", "failure").timer();
                    assertThat(timer.count()).isEqualTo(1);
                });
    }

    @Test
    void gaugesCountPendingAndAppliedRevisions() {
        runner.withPropertyValues("migrations.mode=none")
                .run(context -> {
                    MeterRegistry registry = context.getBean(MeterRegistry.class);
                    assertThat(registry.get(MigrationGauges.PENDING).tag("runner", "migrationRunner").gauge().value()).isEqualTo(2);
                    assertThat(registry.get(MigrationGauges.APPLIED).gauge().value()).isEqualTo(0);
                    MigrationRunner migrations = context.getBean(MigrationRunner.class);
                    migrations.upgrade("a1");
                    MeterRegistry fresh = new SimpleMeterRegistry();
                    new MigrationGauges(Map.of("migrationRunner", migrations), Duration.ZERO).bindTo(fresh);
                    assertThat(fresh.get(MigrationGauges.PENDING).gauge().value()).isEqualTo(1);
                    assertThat(fresh.get(MigrationGauges.APPLIED).gauge().value()).isEqualTo(1);
                });
    }

    @Test
    void gaugesReuseOneStatusReadWithinTheirTimeToLive() {
        runner.withPropertyValues("migrations.mode=none")
                .run(context -> {
                    MigrationRunner migrations = context.getBean(MigrationRunner.class);
                    MeterRegistry registry = new SimpleMeterRegistry();
                    new MigrationGauges(Map.of("migrationRunner", migrations), Duration.ofHours(1)).bindTo(registry);
                    assertThat(registry.get(MigrationGauges.PENDING).gauge().value()).isEqualTo(2);
                    db.runner("classpath:db/migrations").upgrade("a1"); // another instance, as far as the gauges know
                    assertThat(registry.get(MigrationGauges.PENDING).gauge().value()).as("read an hour ago").isEqualTo(2);
                    assertThat(registry.get(MigrationGauges.APPLIED).gauge().value()).as("same reading").isEqualTo(0);
                    migrations.upgrade("b2");
                    assertThat(registry.get(MigrationGauges.PENDING).gauge().value()).as("a run of this process")
                            .isEqualTo(0);
                });
    }

    @Test
    void gaugesReadNaNWhenTheDatabaseCannotBeRead() {
        runner.withPropertyValues("migrations.mode=none", "migrations.url=jdbc:postgresql://127.0.0.1:1/nowhere")
                .run(context -> assertThat(context.getBean(MeterRegistry.class).get(MigrationGauges.PENDING).gauge().value())
                        .isNaN());
    }

    @Test
    void withoutMicrometerNoMetricsAreConfigured() {
        new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(BootLine.DATA_SOURCE,
                        MigrationsAutoConfiguration.class, MigrationsMetricsAutoConfiguration.class))
                .withPropertyValues(db.dataSourceProperties())
                .withPropertyValues("migrations.mode=none")
                .withClassLoader(new FilteredClassLoader(MeterRegistry.class))
                .run(context -> assertThat(context).hasNotFailed().doesNotHaveBean(MigrationTimer.class)
                        .doesNotHaveBean(MigrationGauges.class));
    }
}
