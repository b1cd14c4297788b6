package io.migrations.spring.health;

import static org.assertj.core.api.Assertions.assertThat;

import io.migrations.spring.BootLine;
import io.migrations.spring.MigrationRunner;
import io.migrations.spring.MigrationsAutoConfiguration;
import io.migrations.spring.TestDatabaseExtension;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

class MigrationsHealthContributorAutoConfigurationTests {

    @RegisterExtension
    static final TestDatabaseExtension db = new TestDatabaseExtension();

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(BootLine.DATA_SOURCE, MigrationsAutoConfiguration.class,
                    MigrationsHealthContributorAutoConfiguration.class))
            .withPropertyValues(db.dataSourceProperties())
            .withPropertyValues("migrations.mode=none");



    @Test
    void oneRunnerGivesOneIndicatorNamedMigrations() {
        runner.run(context -> assertThat(context).getBean("migrationsHealthContributor")
                .isInstanceOf(MigrationsHealthIndicator.class));
    }

    @Test
    void severalRunnersGiveOneIndicatorPerRunner() {
        runner.withUserConfiguration(TwoRunners.class)
                .run(context -> {
                    Object contributor = context.getBean("migrationsHealthContributor");
                    assertThat(BootLine.contributorNames(contributor))
                            .containsExactlyInAnyOrder("primaryRunner", "secondRunner");
                });
    }

    @Test
    void disabledHealthIndicatorIsNotConfigured() {
        runner.withPropertyValues("management.health.migrations.enabled=false")
                .run(context -> assertThat(context).doesNotHaveBean("migrationsHealthContributor"));
    }

    @Test
    void userDefinedIndicatorReplacesTheAutoConfiguredOne() {
        runner.withBean("migrationsHealthIndicator", Object.class, Object::new)
                .run(context -> assertThat(context).doesNotHaveBean("migrationsHealthContributor"));
    }

    @org.springframework.context.annotation.Configuration(proxyBeanMethods = false)
    static class TwoRunners {
        @org.springframework.context.annotation.Bean
        MigrationRunner primaryRunner(DataSource dataSource) {
            return runner(dataSource);
        }

        @org.springframework.context.annotation.Bean
        MigrationRunner secondRunner(DataSource dataSource) {
            return runner(dataSource);
        }

        private static MigrationRunner runner(DataSource dataSource) {
            return TestDatabaseExtension.runner(dataSource, "classpath:db/migrations");
        }
    }
}
