package io.migrations.spring;

import static org.assertj.core.api.Assertions.assertThat;

import io.migrations.api.LockMode;
import io.migrations.api.TransactionPer;
import io.migrations.Migrations;
import io.migrations.MigrationsConfig;
import io.migrations.api.Policy;
import io.migrations.api.Verdict;
import io.migrations.internal.connect.UrlDataSource;
import io.migrations.api.Timeouts;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.jdbc.SchemaManagement;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

class MigrationsAutoConfigurationTests {

    @RegisterExtension
    static final TestDatabaseExtension db = new TestDatabaseExtension();

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(BootLine.DATA_SOURCE, MigrationsAutoConfiguration.class))
            .withPropertyValues(db.dataSourceProperties());




    @Test
    void withoutDataSourceNoRunnerIsConfigured() {
        new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(MigrationsAutoConfiguration.class))
                .run(context -> assertThat(context).hasNotFailed().doesNotHaveBean(MigrationRunner.class));
    }

    @Test
    void withoutCoreOnClassPathNothingIsConfigured() {
        runner.withClassLoader(new FilteredClassLoader(Migrations.class))
                .run(context -> assertThat(context).hasNotFailed().doesNotHaveBean(MigrationRunner.class));
    }

    @Test
    void disabledConfiguresNothing() {
        runner.withPropertyValues("migrations.enabled=false")
                .run(context -> {
                    assertThat(context).doesNotHaveBean(MigrationRunner.class).doesNotHaveBean(MigrationsInitializer.class);
                    assertThat(db.versions()).isEmpty();
                });
    }

    @Test
    void runnerUsesTheApplicationDataSource() {
        runner.withPropertyValues("migrations.mode=none")
                .run(context -> assertThat(context.getBean(MigrationRunner.class).migrations().config().dataSource())
                        .isSameAs(context.getBean(DataSource.class)));
    }

    @Test
    void startupModeMigratesWhileTheContextStarts() {
        runner.run(context -> {
            assertThat(context).hasSingleBean(MigrationsInitializer.class);
            assertThat(db.versions()).containsExactly("b2");
        });
    }

    @Test
    void readyModeDoesNotMigrateWhileTheContextStarts() {
        runner.withPropertyValues("migrations.mode=ready")
                .run(context -> {
                    assertThat(context).hasNotFailed().hasSingleBean(ReadyMigrations.class);
                    assertThat(db.versions()).isEmpty();
                });
    }

    @Test
    void validateModeFailsStartupWhenRevisionsArePendingSayingHowToApplyThem() {
        runner.withPropertyValues("migrations.mode=validate")
                .run(context -> {
                    assertThat(context).hasFailed();
                    assertThat(context.getStartupFailure()).rootCause().isInstanceOf(RunnerValidationException.class)
                            .hasMessageContaining("is not at heads: 2 revision(s) pending: a1 (")
                            .hasMessageContaining("b2 (");
                    assertThat(reason(context.getStartupFailure())).isEqualTo(FailureReason.PENDING);
                    assertThat(FailureReason.PENDING.action()).contains("--spring.profiles.active=migrate");
                    assertThat(db.versions()).isEmpty();
                });
    }

    @Test
    void validateModeStartsWhenTheDatabaseIsAtTheHeads() {
        runner.run(context -> assertThat(db.versions()).containsExactly("b2"));
        runner.withPropertyValues("migrations.mode=validate")
                .run(context -> assertThat(context).hasNotFailed());
    }

    @Test
    void aDatabaseAheadOfThisBuildStartsByDefaultInEveryMode() {
        runner.run(context -> assertThat(db.versions()).containsExactly("b2"));
        db.execute("UPDATE alembic_version SET version_num = 'c3_newer'");
        for (String mode : List.of("startup", "validate", "ready", "none")) {
            runner.withPropertyValues("migrations.mode=" + mode)
                    .run(context -> {
                        assertThat(context).as(mode).hasNotFailed();
                        assertThat(context.getBean(MigrationRunner.class).check().state()).isEqualTo(Verdict.State.AHEAD);
                    });
        }
        assertThat(db.versions()).containsExactly("c3_newer");
    }

    @Test
    void aDatabaseAheadOfThisBuildStopsTheStartWhenUnknownRevisionsFail() {
        runner.run(context -> assertThat(db.versions()).containsExactly("b2"));
        db.execute("UPDATE alembic_version SET version_num = 'c3_newer'");
        for (String mode : List.of("startup", "validate")) {
            runner.withPropertyValues("migrations.mode=" + mode, "migrations.on-unknown-revision=fail")
                    .run(context -> {
                        assertThat(context).as(mode).hasFailed();
                        assertThat(context.getStartupFailure()).as(mode).rootCause().hasMessageContaining("c3_newer")
                                .hasMessageNotContaining("migrate step");
                        assertThat(reason(context.getStartupFailure())).as(mode).isEqualTo(FailureReason.UNKNOWN_REVISION);
                    });
        }
    }

    @Test
    void anEditedRevisionStopsTheStartUnlessTheChecksumPolicyTheMessageNamesAcceptsIt() {
        runner.withPropertyValues("migrations.target=a1").run(context -> assertThat(db.versions()).containsExactly("a1"));
        db.execute("UPDATE migrations_history SET checksum = 'changed' WHERE revision = 'a1'");
        runner.run(context -> {
            assertThat(context).hasFailed();
            assertThat(context.getStartupFailure()).rootCause().hasMessageContaining("a1 (")
                    .hasMessageContaining("migrations.on-checksum-mismatch=warn");
            assertThat(reason(context.getStartupFailure())).isEqualTo(FailureReason.EDITED);
        });
        assertThat(FailureReason.EDITED.action()).contains("migrations.on-checksum-mismatch=warn");
        assertThat(db.versions()).containsExactly("a1");
        runner.withPropertyValues("migrations.on-checksum-mismatch=warn").run(context -> {
            assertThat(context).hasNotFailed();
            assertThat(db.versions()).containsExactly("b2");
        });
        runner.withPropertyValues("migrations.mode=validate", "migrations.on-checksum-mismatch=ignore")
                .run(context -> assertThat(context).hasNotFailed());
    }

    @Test
    void theDeprecatedValidateChecksumsFalseStillAcceptsEditsUnlessThePolicyIsSet() {
        runner.run(context -> assertThat(db.versions()).containsExactly("b2"));
        db.execute("UPDATE migrations_history SET checksum = 'changed' WHERE revision = 'a1'");
        runner.withPropertyValues("migrations.mode=validate")
                .run(context -> assertThat(context).hasFailed());
        runner.withPropertyValues("migrations.mode=validate", "migrations.validate-checksums=false")
                .run(context -> assertThat(context).hasNotFailed());
        runner.withPropertyValues("migrations.mode=validate", "migrations.validate-checksums=false",
                        "migrations.on-checksum-mismatch=fail")
                .run(context -> assertThat(context).hasFailed());
    }

    @Test
    void noneModeChangesNothingAndKeepsTheRunner() {
        runner.withPropertyValues("migrations.mode=none")
                .run(context -> {
                    assertThat(context).hasSingleBean(MigrationRunner.class);
                    assertThat(db.versions()).isEmpty();
                });
    }

    @Test
    void migrateOnlyMigratesAtStartupWhateverTheMode() {
        runner.withPropertyValues("migrations.migrate-only=true", "migrations.mode=ready")
                .run(context -> {
                    assertThat(context).hasSingleBean(MigrateOnlyRun.class);
                    assertThat(db.versions()).containsExactly("b2");
                });
    }

    @Test
    void disabledAtRunTimeMigratesNothingEvenWhenTheBeansExist() {
        runner.withUserConfiguration(DisableAfterBinding.class)
                .run(context -> {
                    assertThat(context).hasSingleBean(MigrationsInitializer.class);
                    assertThat(db.versions()).isEmpty();
                });
    }

    @Test
    void brokenRevisionFilesFailTheStartWithExitCodeTwo() {
        runner.withPropertyValues("migrations.locations=classpath:db/no-such-folder")
                .run(context -> {
                    assertThat(context).hasFailed();
                    MigrationFailedException failure = failure(context.getStartupFailure());
                    assertThat(failure.getExitCode()).isEqualTo(2);
                    assertThat(failure.reason()).isEqualTo(FailureReason.INVALID_INPUT);
                    assertThat(failure).hasMessageContaining("db/no-such-folder");
                });
    }

    @Test
    void aFailingRevisionFailsTheStartWithExitCodeOne() {
        runner.withPropertyValues("migrations.locations=classpath:db/failing")
                .run(context -> {
                    MigrationFailedException failure = failure(context.getStartupFailure());
                    assertThat(failure.getExitCode()).isEqualTo(1);
                    assertThat(failure.reason()).isEqualTo(FailureReason.REVISION_FAILED);
                });
    }

    @Test
    void transactionPerRunRollsBackTheWholeStartupRunOnAFailure() {
        runner.withPropertyValues("migrations.locations=classpath:db/migrations,classpath:db/failing-after-b2",
                        "migrations.transaction-per=run")
                .run(context -> {
                    MigrationFailedException failure = failure(context.getStartupFailure());
                    assertThat(failure.reason()).isEqualTo(FailureReason.REVISION_FAILED);
                    assertThat(failure.getMessage()).contains("The whole run was rolled back (2 earlier revision(s) "
                            + "in the same transaction: a1, b2); the database is still at base.");
                    assertThat(db.versions()).isEmpty();
                });
        runner.withPropertyValues("migrations.locations=classpath:db/migrations,classpath:db/failing-after-b2")
                .run(context -> {
                    assertThat(reason(context.getStartupFailure())).isEqualTo(FailureReason.REVISION_FAILED);
                    assertThat(db.versions()).containsExactly("b2");
                });
    }

    private static MigrationFailedException failure(Throwable startupFailure) {
        for (Throwable cause = startupFailure; cause != null; cause = cause.getCause()) {
            if (cause instanceof MigrationFailedException failed) {
                return failed;
            }
        }
        throw new AssertionError("No MigrationFailedException in " + startupFailure);
    }

    private static FailureReason reason(Throwable startupFailure) {
        return failure(startupFailure).reason();
    }

    @Test
    void userDefinedRunnerReplacesTheAutoConfiguredOne() {
        runner.withPropertyValues("migrations.mode=none")
                .withUserConfiguration(UserRunnerConfiguration.class)
                .run(context -> assertThat(context.getBean(MigrationRunner.class).target()).isEqualTo("a1"));
    }

    @Test
    void userDefinedStrategyDecidesWhatStartupDoes() {
        runner.withUserConfiguration(UserStrategyConfiguration.class)
                .run(context -> {
                    assertThat(context.getBean(UserStrategyConfiguration.class).migrated).hasSize(1);
                    assertThat(db.versions()).containsExactly("a1");
                });
    }

    @Test
    void userDefinedModeBeansReplaceTheAutoConfiguredOnes() {
        runner.withUserConfiguration(UserInitializerConfiguration.class)
                .run(context -> {
                    assertThat(context).getBean(MigrationsInitializer.class)
                            .isSameAs(context.getBean("customInitializer"));
                    assertThat(db.versions()).isEmpty();
                });
    }

    @Test
    void userDefinedInfrastructureBeansReplaceTheAutoConfiguredOnes() {
        runner.withPropertyValues("migrations.mode=none")
                .withUserConfiguration(UserInfrastructureConfiguration.class)
                .run(context -> {
                    assertThat(context).hasNotFailed();
                    assertThat(context).getBean(MigrationRunnerBuilder.class)
                            .isSameAs(context.getBean("customRunnerBuilder"));
                    assertThat(context).getBean(ExitCodeEventGuard.class)
                            .isSameAs(context.getBean("customExitCodeEventGuard"));
                    assertThat(context).getBean(MigrateOnlyRunnerFilter.class)
                            .isSameAs(context.getBean("customMigrateOnlyRunnerFilter"));
                    // The runner is built by the application's builder, with its customizer.
                    assertThat(context.getBean(MigrationRunner.class).migrations().config().historyTable())
                            .isEqualTo("audit_trail");
                });
    }

    @Test
    void dataSourceMarkedForMigrationsWins() {
        new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(MigrationsAutoConfiguration.class))
                .withUserConfiguration(TwoDataSourcesConfiguration.class, MarkedDataSourceConfiguration.class)
                .withPropertyValues("migrations.mode=none")
                .run(context -> assertThat(context.getBean(MigrationRunner.class).migrations().config().dataSource())
                        .isSameAs(context.getBean("marked")));
    }

    @Test
    void severalDataSourcesWithoutChoiceFailWithAdvice() {
        new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(MigrationsAutoConfiguration.class))
                .withUserConfiguration(TwoDataSourcesConfiguration.class)
                .withPropertyValues("migrations.mode=none")
                .run(context -> assertThat(context).getFailure().rootCause()
                        .isInstanceOf(MigrationsConfigurationException.class)
                        .hasMessage("Migrations found several DataSource beans and cannot tell which to migrate. "
                                + "Mark one @Primary or @MigrationsDataSource, or set migrations.url."));
    }

    @Test
    void migrationsUrlNeedsNoDataSourceBean() {
        new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(MigrationsAutoConfiguration.class))
                .withPropertyValues("migrations.url=" + db.jdbcUrl(), "migrations.user=" + db.user(),
                        "migrations.password=" + db.password())
                .run(context -> {
                    assertThat(context).doesNotHaveBean(DataSource.class);
                    DataSource used = context.getBean(MigrationRunner.class).migrations().config().dataSource();
                    assertThat(used).isInstanceOfSatisfying(UrlDataSource.class,
                            url -> assertThat(url.url().jdbcUrl()).isEqualTo(db.jdbcUrl()));
                    assertThat(db.versions()).containsExactly("b2");
                });
    }

    @Test
    void migrationsUserConnectsToTheApplicationDatabaseWithOtherCredentials() {
        runner.withPropertyValues("spring.datasource.username=no_such_user", "migrations.user=" + db.user())
                .run(context -> {
                    DataSource used = context.getBean(MigrationRunner.class).migrations().config().dataSource();
                    assertThat(used).isInstanceOfSatisfying(SimpleDriverDataSource.class, simple -> {
                        assertThat(simple.getUrl()).isEqualTo(db.jdbcUrl());
                        assertThat(simple.getUsername()).isEqualTo(db.user());
                    });
                    assertThat(db.versions()).containsExactly("b2");
                });
    }

    @Test
    void everyPropertyReachesTheCoreConfiguration() {
        runner.withPropertyValues("migrations.mode=none", "migrations.locations=classpath:db/branches,classpath:db/failing",
                        "migrations.target=r2", "migrations.schema=audit", "migrations.version-table=versions",
                        "migrations.history-table=changes", "migrations.lock-wait-timeout=5s",
                        "migrations.lock-timeout=2s", "migrations.statement-timeout=1m",
                        "migrations.validate-checksums=false", "migrations.on-unknown-revision=warn",
                        "migrations.connect-retries=3", "migrations.connect-retry-delay=250ms",
                        "migrations.lock-retries=4", "migrations.lock-retry-delay=2s", "migrations.wait-report-interval=3s",
                        "migrations.connect-timeout=7s", "migrations.lock-mode=transaction",
                        "migrations.transaction-per=run")
                .run(context -> {
                    MigrationRunner migrationRunner = context.getBean(MigrationRunner.class);
                    MigrationsConfig config = migrationRunner.migrations().config();
                    assertThat(migrationRunner.target()).isEqualTo("r2");
                    assertThat(config.locations()).containsExactly("classpath:db/branches", "classpath:db/failing");
                    assertThat(config.schema()).isEqualTo("audit");
                    assertThat(config.versionTable()).isEqualTo("versions");
                    assertThat(config.historyTable()).isEqualTo("changes");
                    assertThat(config.lockWaitTimeout()).isEqualTo(Duration.ofSeconds(5));
                    assertThat(config.timeouts()).isEqualTo(new Timeouts(Duration.ofSeconds(2), Duration.ofMinutes(1)));
                    assertThat(config.onChecksumMismatch()).isEqualTo(Policy.IGNORE);
                    assertThat(config.onUnknownRevision()).isEqualTo(Policy.WARN);
                    assertThat(config.connectRetries()).isEqualTo(3);
                    assertThat(config.connectRetryDelay()).isEqualTo(Duration.ofMillis(250));
                    assertThat(config.lockRetries()).isEqualTo(4);
                    assertThat(config.lockRetryDelay()).isEqualTo(Duration.ofSeconds(2));
                    assertThat(config.waitReportInterval()).isEqualTo(Duration.ofSeconds(3));
                    assertThat(config.connectTimeout()).isEqualTo(Duration.ofSeconds(7));
                    assertThat(config.lockMode()).isEqualTo(LockMode.TRANSACTION);
                    assertThat(config.transactionPer()).isEqualTo(TransactionPer.RUN);
                    assertThat(migrationRunner.migrations().heads()).containsExactlyInAnyOrder("r2", "r3", "f1");
                });
    }

    @Test
    void customizersAdjustTheConfiguration() {
        runner.withPropertyValues("migrations.mode=none")
                .withBean(MigrationsConfigCustomizer.class, () -> builder -> builder.historyTable("audit_trail"))
                .run(context -> assertThat(context.getBean(MigrationRunner.class).migrations().config().historyTable())
                        .isEqualTo("audit_trail"));
    }

    @Test
    void listenersHearAboutRuns() {
        List<MigrationRun> runs = new ArrayList<>();
        runner.withBean(MigrationRunListener.class, () -> (r, run) -> runs.add(run))
                .run(context -> assertThat(runs).singleElement()
                        .satisfies(run -> assertThat(run.result().headsAfter()).containsExactly("b2")));
    }

    @Test
    void migratedDataSourceIsReportedAsManagedSoJpaDoesNotGenerateTheSchema() {
        runner.withPropertyValues("migrations.mode=none")
                .run(context -> {
                    MigrationsSchemaManagementProvider provider = context.getBean(MigrationsSchemaManagementProvider.class);
                    assertThat(provider.getSchemaManagement(context.getBean(DataSource.class))).isEqualTo(SchemaManagement.MANAGED);
                    assertThat(provider.getSchemaManagement(new SimpleDriverDataSource())).isEqualTo(SchemaManagement.UNMANAGED);
                });
    }

    @Configuration(proxyBeanMethods = false)
    static class UserRunnerConfiguration {
        @Bean
        MigrationRunner customRunner(DataSource dataSource) {
            return new MigrationRunner(Migrations.create(MigrationsConfig.builder().dataSource(dataSource).build()),
                    "a1", List.of());
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class UserStrategyConfiguration {
        final List<MigrationRunner> migrated = new ArrayList<>();

        @Bean
        MigrationStrategy upgradeOneStep() {
            return runner -> {
                migrated.add(runner);
                runner.upgrade("a1");
            };
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class UserInfrastructureConfiguration {
        @Bean
        MigrationRunnerBuilder customRunnerBuilder(org.springframework.core.env.Environment environment,
                                                   org.springframework.beans.factory.ListableBeanFactory beans) {
            org.springframework.beans.factory.support.StaticListableBeanFactory none =
                    new org.springframework.beans.factory.support.StaticListableBeanFactory();
            org.springframework.beans.factory.support.StaticListableBeanFactory customizers =
                    new org.springframework.beans.factory.support.StaticListableBeanFactory();
            customizers.addBean("history", (MigrationsConfigCustomizer) builder -> builder.historyTable("audit_trail"));
            return new MigrationRunnerBuilder(new MigrationRunnerBuilder.Context(new MigrationsProperties(),
                    org.springframework.boot.context.properties.bind.Binder.get(environment),
                    getClass().getClassLoader(), beans, beans.getBeanProvider(DataSource.class),
                    none.getBeanProvider(DataSource.class), none.getBeanProvider(MigrationsConnectionDetails.class),
                    customizers.getBeanProvider(MigrationsConfigCustomizer.class),
                    none.getBeanProvider(MigrationRunListener.class), none.getBeanProvider(MigrationCallback.class),
                    none.getBeanProvider(RevisionPreload.class)));
        }

        @Bean
        static ExitCodeEventGuard customExitCodeEventGuard(
                org.springframework.beans.factory.config.ConfigurableListableBeanFactory beanFactory) {
            return new ExitCodeEventGuard(beanFactory);
        }

        @Bean
        static MigrateOnlyRunnerFilter customMigrateOnlyRunnerFilter(org.springframework.core.env.Environment env) {
            return new MigrateOnlyRunnerFilter(env);
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class UserInitializerConfiguration {
        @Bean
        MigrationsInitializer customInitializer() {
            return new MigrationsInitializer(List.of(), MigrationRunner::migrate, new MigrationsProperties());
        }
    }

    /** Turns migrations off after the auto-configuration's conditions were evaluated, as an AOT build would see it. */
    @Configuration(proxyBeanMethods = false)
    static class DisableAfterBinding {
        @Bean
        static org.springframework.beans.factory.config.BeanPostProcessor disableMigrations() {
            return new org.springframework.beans.factory.config.BeanPostProcessor() {
                @Override
                public Object postProcessAfterInitialization(Object bean, String beanName) {
                    if (bean instanceof MigrationsProperties properties) {
                        properties.setEnabled(false);
                    }
                    return bean;
                }
            };
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class TwoDataSourcesConfiguration {
        @Bean
        DataSource first() {
            return db.dataSource();
        }

        @Bean
        DataSource second() {
            return db.dataSource();
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class MarkedDataSourceConfiguration {
        @Bean
        @MigrationsDataSource
        DataSource marked() {
            return db.dataSource();
        }
    }
}
