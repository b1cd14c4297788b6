package io.migrations.spring.lint;

import static org.assertj.core.api.Assertions.assertThat;

import io.migrations.api.LintFailedException;
import io.migrations.spring.BootLine;
import io.migrations.spring.MigrationsAutoConfiguration;
import io.migrations.spring.TestDatabaseExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

@ExtendWith(OutputCaptureExtension.class)
class MigrationsLintAutoConfigurationTests {

    @RegisterExtension
    static final TestDatabaseExtension db = new TestDatabaseExtension();

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(BootLine.DATA_SOURCE,
                    MigrationsAutoConfiguration.class, MigrationsLintAutoConfiguration.class))
            .withPropertyValues(db.dataSourceProperties());

    /** The item table exists and is applied, so n2's NOT NULL column without default is an error. */
    private ApplicationContextRunner withItemTable() {
        db.runner("classpath:db/lint-error").upgrade("n1");
        return runner.withPropertyValues("migrations.locations=classpath:db/lint-error");
    }

    @Test
    void errorStopsTheApplicationBeforeAnythingRuns() {
        withItemTable().run(context -> {
            assertThat(context).hasFailed();
            assertThat(context.getStartupFailure()).rootCause().isInstanceOf(LintFailedException.class)
                    .hasMessageContaining("n2_add_sku.sql:6: error [not-null-column-without-default] column item.sku "
                            + "is added NOT NULL without a default (revision n2)");
            assertThat(db.versions()).containsExactly("n1");
        });
    }

    @Test
    void failOnNeverOnlyLogs(CapturedOutput output) {
        withItemTable().withPropertyValues("migrations.lint.fail-on=never").run(context -> {
            assertThat(context).hasNotFailed();
            assertThat(db.versions()).containsExactly("n2");
            assertThat(output).contains("Lint of the pending revisions of jdbc:postgresql://")
                    .contains("[not-null-column-without-default]");
        });
    }

    @Test
    void warningsAreLoggedAndDoNotFailByDefault(CapturedOutput output) {
        runner.withPropertyValues("migrations.locations=classpath:db/lint-warning").run(context -> {
            assertThat(context).hasNotFailed();
            assertThat(db.versions()).containsExactly("w1");
            assertThat(output).contains("warning [missing-downgrade] revision w1 has no downgrade");
        });
    }

    @Test
    void failOnWarningStopsOnWarnings() {
        runner.withPropertyValues("migrations.locations=classpath:db/lint-warning", "migrations.lint.fail-on=warning")
                .run(context -> {
                    assertThat(context.getStartupFailure()).rootCause().isInstanceOf(LintFailedException.class)
                            .hasMessageStartingWith("Lint found 1 problem(s), failing on warning:");
                    assertThat(db.versions()).isEmpty();
                });
    }

    @Test
    void alreadyAppliedRevisionsAreNotLinted() {
        db.runner("classpath:db/lint-warning").migrate();

        runner.withPropertyValues("migrations.locations=classpath:db/lint-warning", "migrations.lint.fail-on=warning")
                .run(context -> assertThat(context).hasNotFailed().hasSingleBean(StartupLint.class));
    }

    @Test
    void unreachableDatabaseIsLeftForTheMigrationToReport() {
        runner.withPropertyValues("spring.datasource.url=jdbc:postgresql://127.0.0.1:1/nowhere").run(context ->
                assertThat(context.getStartupFailure())
                        .hasMessageContaining("Error creating bean with name 'migrationsInitializer'")
                        .hasMessageContaining("Cannot connect to 127.0.0.1:1/nowhere"));
    }

    @Test
    void disabledLintLetsAnUnsafeRevisionRun() {
        runner.withPropertyValues("migrations.lint.enabled=false", "migrations.locations=classpath:db/lint-error")
                .run(context -> {
                    assertThat(context).hasNotFailed();
                    assertThat(db.versions()).containsExactly("n2");
                });
    }

    @Test
    void noneModeDoesNotLint() {
        runner.withPropertyValues("migrations.mode=none", "migrations.locations=classpath:db/lint-error")
                .run(context -> assertThat(context).hasNotFailed());
    }

    @Test
    void validateModeDoesNotLint() {
        db.runner("classpath:db/lint-warning").migrate();

        runner.withPropertyValues("migrations.mode=validate", "migrations.locations=classpath:db/lint-warning",
                        "migrations.lint.fail-on=warning")
                .run(context -> assertThat(context).hasNotFailed());
    }

    @Test
    void theApplicationsOwnStartupLintReplacesOurs() {
        StartupLint own = new StartupLint(java.util.Optional::empty);
        withItemTable().withBean("ownStartupLint", StartupLint.class, () -> own).run(context -> {
            assertThat(context).hasNotFailed().getBean(StartupLint.class).isSameAs(own);
            // Ours would have stopped the start on n2's error; the application's lints nothing.
            assertThat(db.versions()).containsExactly("n2");
        });
    }
}
