package io.migrations.spring.health;

import static org.assertj.core.api.Assertions.assertThat;

import io.migrations.Migrations;
import io.migrations.MigrationsConfig;
import io.migrations.spring.Databases;
import io.migrations.spring.MigrationRunner;
import io.migrations.spring.MigrationsAutoConfiguration;
import io.migrations.testdb.TestDatabase;
import io.migrations.testdb.TestServers;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.health.contributor.CompositeHealthContributor;
import org.springframework.boot.health.contributor.HealthContributor;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

class MigrationsHealthContributorAutoConfigurationTests {

    private static TestDatabase db;

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class, MigrationsAutoConfiguration.class,
                    MigrationsHealthContributorAutoConfiguration.class))
            .withPropertyValues(Databases.dataSourceProperties(db))
            .withPropertyValues("migrations.mode=none");

    @BeforeAll
    static void createDatabase() {
        db = TestServers.find().createDatabase("MigrationsHealthContributorAutoConfigurationTests");
    }

    @AfterAll
    static void dropDatabase() {
        db.close();
    }

    @Test
    void oneRunnerGivesOneIndicatorNamedMigrations() {
        runner.run(context -> assertThat(context).getBean("migrationsHealthContributor")
                .isInstanceOf(MigrationsHealthIndicator.class));
    }

    @Test
    void severalRunnersGiveOneIndicatorPerRunner() {
        runner.withUserConfiguration(TwoRunners.class)
                .run(context -> {
                    HealthContributor contributor = context.getBean("migrationsHealthContributor", HealthContributor.class);
                    assertThat(contributor).isInstanceOfSatisfying(CompositeHealthContributor.class,
                            composite -> assertThat(composite.stream().map(c -> c.name()))
                                    .containsExactlyInAnyOrder("primaryRunner", "secondRunner"));
                });
    }

    @Test
    void disabledHealthIndicatorIsNotConfigured() {
        runner.withPropertyValues("management.health.migrations.enabled=false")
                .run(context -> assertThat(context).doesNotHaveBean("migrationsHealthContributor"));
    }

    @Test
    void userDefinedIndicatorReplacesTheAutoConfiguredOne() {
        runner.withBean("migrationsHealthIndicator", HealthIndicator.class, () -> () -> null)
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
            return new MigrationRunner(Migrations.create(MigrationsConfig.builder().dataSource(dataSource).build()),
                    "heads", List.of());
        }
    }
}
