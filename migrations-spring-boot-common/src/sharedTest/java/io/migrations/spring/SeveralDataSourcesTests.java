package io.migrations.spring;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import io.micrometer.core.instrument.MeterRegistry;
import io.migrations.MigrationsConfig;
import io.migrations.spring.endpoint.MigrationsEndpoint;
import io.migrations.spring.endpoint.MigrationsEndpointAutoConfiguration;
import io.migrations.spring.health.MigrationsHealthContributorAutoConfiguration;
import io.migrations.spring.metrics.MigrationGauges;
import io.migrations.spring.metrics.MigrationTimer;
import io.migrations.spring.metrics.MigrationsMetricsAutoConfiguration;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Runners under {@code migrations.datasources}, and runners of the application's own from the builder. */
class SeveralDataSourcesTests {

    @RegisterExtension
    static final TestDatabaseExtension orders = new TestDatabaseExtension();

    @RegisterExtension
    static final TestDatabaseExtension billing = new TestDatabaseExtension();

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(MigrationsAutoConfiguration.class))
            .withUserConfiguration(TwoDatabases.class)
            .withPropertyValues("migrations.datasources.orders.data-source=ordersDataSource",
                    "migrations.datasources.orders.locations=classpath:db/orders",
                    "migrations.datasources.billing.data-source=billingDataSource",
                    "migrations.datasources.billing.locations=classpath:db/billing");

    @Test
    void eachRunnerMigratesItsOwnDatabaseAtStartupInsteadOfTheDefaultRunner() {
        runner.withPropertyValues("migrations.datasources.billing.target=p1")
                .run(context -> {
                    assertThat(context).hasNotFailed().doesNotHaveBean("migrationRunner");
                    assertThat(context.getBeansOfType(MigrationRunner.class).values()).extracting(MigrationRunner::name)
                            .containsExactlyInAnyOrder("orders", "billing");
                    assertThat(orders.versions()).containsExactly("o1");
                    assertThat(billing.versions()).containsExactly("p1");
                    assertThat(billing.strings("SELECT to_regclass('orders')::text")).containsOnlyNulls();
                });
    }

    @Test
    void aMigrateOnlyRunMigratesEveryRunner() {
        runner.withPropertyValues("migrations.mode=none", "migrations.migrate-only=true")
                .run(context -> {
                    assertThat(context).hasNotFailed().hasSingleBean(MigrateOnlyRun.class);
                    assertThat(orders.versions()).containsExactly("o1");
                    assertThat(billing.versions()).containsExactly("p2");
                });
    }

    @Test
    void eachRunnerInheritsTheTopLevelSettingsItDoesNotSet() {
        runner.withPropertyValues("migrations.mode=none", "migrations.version-table=schema_versions",
                        "migrations.lock-wait-timeout=7s", "migrations.datasources.billing.version-table=billing_versions",
                        "migrations.datasources.billing.lock-wait-timeout=3s")
                .run(context -> {
                    MigrationsConfig ordersConfig = context.getBean("ordersMigrationRunner", MigrationRunner.class)
                            .migrations().config();
                    MigrationsConfig billingConfig = context.getBean("billingMigrationRunner", MigrationRunner.class)
                            .migrations().config();
                    assertThat(ordersConfig.versionTable()).isEqualTo("schema_versions");
                    assertThat(ordersConfig.lockWaitTimeout()).isEqualTo(Duration.ofSeconds(7));
                    assertThat(ordersConfig.locations()).containsExactly("classpath:db/orders");
                    assertThat(ordersConfig.dataSource()).isSameAs(context.getBean("ordersDataSource"));
                    assertThat(billingConfig.versionTable()).isEqualTo("billing_versions");
                    assertThat(billingConfig.lockWaitTimeout()).isEqualTo(Duration.ofSeconds(3));
                    assertThat(billingConfig.dataSource()).isSameAs(context.getBean("billingDataSource"));
                });
    }

    @Test
    void theEndpointHealthAndMetricsShowEachRunnerByItsName() {
        runner.withConfiguration(AutoConfigurations.of(MigrationsEndpointAutoConfiguration.class,
                        MigrationsHealthContributorAutoConfiguration.class, MigrationsMetricsAutoConfiguration.class))
                .withConfiguration(AutoConfigurations.of(BootLine.METRICS))
                .withPropertyValues("management.endpoints.web.exposure.include=migrations",
                        "migrations.datasources.billing.target=p1")
                .run(context -> {
                    MigrationsEndpoint.MigrationsDescriptor endpoint = context.getBean(MigrationsEndpoint.class).migrations();
                    assertThat(endpoint.dataSources()).containsOnlyKeys("billing", "orders");
                    assertThat(endpoint.dataSources().get("billing").current()).containsExactly("p1");
                    assertThat(endpoint.dataSources().get("billing").target()).isEqualTo("p1");
                    assertThat(endpoint.dataSources().get("billing").heads()).containsExactly("p2");
                    assertThat(endpoint.dataSources().get("billing").pending()).isEmpty();
                    assertThat(endpoint.dataSources().get("orders").current()).containsExactly("o1");
                    assertThat(endpoint.dataSources().get("orders").url()).isEqualTo(orders.jdbcUrl());

                    assertThat(BootLine.contributorNames(context.getBean("migrationsHealthContributor")))
                            .containsExactlyInAnyOrder("orders", "billing");

                    MeterRegistry registry = context.getBean(MeterRegistry.class);
                    assertThat(registry.get(MigrationTimer.NAME).tag("runner", "orders").timer().count()).isEqualTo(1);
                    assertThat(registry.get(MigrationTimer.NAME).tag("runner", "billing").timer().count()).isEqualTo(1);
                    assertThat(registry.get(MigrationGauges.PENDING).tag("runner", "billing").gauge().value()).isEqualTo(0);
                    assertThat(registry.get(MigrationGauges.APPLIED).tag("runner", "billing").gauge().value()).isEqualTo(1);
                    assertThat(registry.get(MigrationGauges.APPLIED).tag("runner", "orders").gauge().value()).isEqualTo(1);
                });
    }

    @Test
    void aDataSourceNameThatNoBeanHasFailsTheStartNamingTheBeans() {
        runner.withPropertyValues("migrations.datasources.billing.data-source=invoicing")
                .run(context -> assertThat(context).getFailure().rootCause()
                        .isInstanceOf(MigrationsConfigurationException.class)
                        .hasMessageContaining("No DataSource bean is named 'invoicing' (the data-source of migration "
                                + "runner 'billing')")
                        .hasMessageContaining("billingDataSource").hasMessageContaining("ordersDataSource"));
    }

    @Test
    void theBuilderMakesARunnerOfTheApplicationsOwnWithItsSettingsAndListeners() {
        List<String> heard = new ArrayList<>();
        new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(MigrationsAutoConfiguration.class))
                .withUserConfiguration(TwoDatabases.class, ReportingRunner.class)
                .withPropertyValues("migrations.data-source=ordersDataSource", "migrations.locations=classpath:db/orders",
                        "migrations.lock-retries=2")
                .withBean(MigrationRunListener.class, () -> (r, run) -> heard.add(r.name() + " " + run.result().headsAfter()))
                .run(context -> {
                    assertThat(context).hasNotFailed();
                    MigrationRunner reporting = context.getBean("reportingRunner", MigrationRunner.class);
                    assertThat(reporting.name()).isEqualTo("reporting");
                    assertThat(reporting.migrations().config().lockRetries()).isEqualTo(2);
                    assertThat(orders.versions()).containsExactly("o1");
                    assertThat(billing.versions()).containsExactly("p2");
                    assertThat(heard).containsExactlyInAnyOrder("migrationRunner [o1]", "reporting [p2]");
                });
    }

    @Test
    void tenantsGetTheirOwnSchemaCreatedAndTheirRevisionsRunOnTheirSearchPath() {
        orders.execute("DROP SCHEMA IF EXISTS tenant_a CASCADE; DROP SCHEMA IF EXISTS tenant_b CASCADE");
        new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(MigrationsAutoConfiguration.class))
                .withUserConfiguration(PooledDatabase.class)
                .withPropertyValues("migrations.locations=classpath:db/tenant", "migrations.create-schemas=true",
                        "migrations.datasources.tenant-a.search-path=tenant_a,public",
                        "migrations.datasources.tenant-b.search-path=tenant_b")
                .run(context -> {
                    assertThat(context).hasNotFailed();
                    assertThat(orders.strings("SELECT version_num FROM tenant_a.alembic_version")).containsExactly("t1");
                    assertThat(orders.strings("SELECT version_num FROM tenant_b.alembic_version")).containsExactly("t1");
                    assertThat(orders.strings("SELECT table_schema FROM information_schema.tables "
                            + "WHERE table_name = 'note' ORDER BY 1")).containsExactly("tenant_a", "tenant_b");
                    assertThat(orders.strings("SELECT to_regclass('public.note')::text")).containsOnlyNulls();
                    // The pool's connections served both runs (work, lock, watcher) and have the application's path back.
                    DataSource pool = context.getBean(DataSource.class);
                    try (Connection first = pool.getConnection(); Connection second = pool.getConnection();
                         Connection third = pool.getConnection()) {
                        assertThat(List.of(searchPath(first), searchPath(second), searchPath(third)))
                                .containsOnly("\"$user\", public");
                    }
                    assertThat(context.getBean("tenant-aMigrationRunner", MigrationRunner.class).check().current())
                            .containsExactly("t1");
                });
    }

    private static String searchPath(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet path = statement.executeQuery("SHOW search_path")) {
            path.next();
            return path.getString(1);
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class TwoDatabases {
        @Bean
        DataSource ordersDataSource() {
            return orders.dataSource();
        }

        @Bean
        DataSource billingDataSource() {
            return billing.dataSource();
        }
    }

    /** A runner of the application's own replaces the default one, which the builder makes again. */
    @Configuration(proxyBeanMethods = false)
    static class ReportingRunner {
        @Bean
        MigrationRunner migrationRunner(MigrationRunnerBuilder runners) {
            return runners.build();
        }

        @Bean
        MigrationRunner reportingRunner(MigrationRunnerBuilder runners, @Qualifier("billingDataSource") DataSource billing) {
            return runners.name("reporting").dataSource(billing)
                    .properties(settings -> settings.setLocations(List.of("classpath:db/billing")))
                    .build();
        }
    }

    /** The application's pool, of the three connections a run takes, so that a setting left behind on one would show. */
    @Configuration(proxyBeanMethods = false)
    static class PooledDatabase {
        @Bean(destroyMethod = "close")
        HikariDataSource dataSource() {
            HikariDataSource pool = new HikariDataSource();
            pool.setJdbcUrl(orders.jdbcUrl());
            pool.setUsername(orders.user());
            pool.setPassword(orders.password());
            pool.setMaximumPoolSize(3);
            return pool;
        }
    }
}
