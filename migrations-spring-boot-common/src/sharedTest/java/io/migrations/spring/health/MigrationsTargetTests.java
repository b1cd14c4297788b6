package io.migrations.spring.health;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.MeterRegistry;
import io.migrations.spring.BootLine;
import io.migrations.spring.MigrationsAutoConfiguration;
import io.migrations.spring.TestDatabaseExtension;
import io.migrations.spring.metrics.MigrationGauges;
import io.migrations.spring.metrics.MigrationsMetricsAutoConfiguration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.assertj.AssertableApplicationContext;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/**
 * {@code migrations.target} below the heads: the application migrates to it, and health, the gauges and validate
 * mode judge the database against it, not against the heads.
 */
class MigrationsTargetTests {

    @RegisterExtension
    static final TestDatabaseExtension db = new TestDatabaseExtension();

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(BootLine.DATA_SOURCE, MigrationsAutoConfiguration.class,
                    MigrationsHealthContributorAutoConfiguration.class, MigrationsMetricsAutoConfiguration.class))
            .withConfiguration(AutoConfigurations.of(BootLine.METRICS))
            .withPropertyValues(db.dataSourceProperties())
            .withPropertyValues("migrations.target=a1");

    @Test
    void atTheTargetHealthIsUpAndNothingIsPending() {
        runner.run(context -> {
            assertThat(context).hasNotFailed();
            assertThat(db.versions()).containsExactly("a1");
            assertThat(health(context)).isEqualTo("UP");
            assertThat(gauge(context, MigrationGauges.PENDING)).isEqualTo(0);
            assertThat(gauge(context, MigrationGauges.APPLIED)).isEqualTo(1);
        });
    }

    @Test
    void validateModeAcceptsADatabaseAtTheTarget() {
        runner.run(context -> assertThat(db.versions()).containsExactly("a1"));
        runner.withPropertyValues("migrations.mode=validate")
                .run(context -> {
                    assertThat(context).hasNotFailed();
                    assertThat(health(context)).isEqualTo("UP");
                });
    }

    @Test
    void belowTheTargetHealthIsOutOfServiceWithOnePending() {
        runner.withPropertyValues("migrations.mode=none", "migrations.target=a1+1")
                .run(context -> {
                    assertThat(health(context)).isEqualTo("OUT_OF_SERVICE");
                    assertThat(gauge(context, MigrationGauges.PENDING)).isEqualTo(2);
                });
    }

    private static String health(AssertableApplicationContext context) {
        return context.getBean(MigrationsHealthIndicator.class).health().getStatus().getCode();
    }

    private static double gauge(AssertableApplicationContext context, String name) {
        return context.getBean(MeterRegistry.class).get(name).tag("runner", "migrationRunner").gauge().value();
    }
}
