package io.migrations.spring.drift;

import static org.assertj.core.api.Assertions.assertThat;

import io.migrations.spring.BootLine;
import io.migrations.spring.MigrationRunner;
import io.migrations.spring.MigrationsAutoConfiguration;
import io.migrations.spring.TestDatabaseExtension;
import io.migrations.spring.endpoint.DriftProbe;
import io.migrations.spring.endpoint.MigrationsEndpoint.DataSourceDescriptor;
import io.migrations.spring.endpoint.MigrationsEndpoint;
import io.migrations.spring.endpoint.MigrationsEndpointAutoConfiguration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.ApplicationContext;

/** The optional drift section of the migrations endpoint. */
class MigrationsDriftTests {

    @RegisterExtension
    static final TestDatabaseExtension db = new TestDatabaseExtension();

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(BootLine.DATA_SOURCE,
                    MigrationsAutoConfiguration.class, MigrationsDriftAutoConfiguration.class,
                    MigrationsEndpointAutoConfiguration.class))
            .withPropertyValues(db.dataSourceProperties())
            .withPropertyValues("management.endpoints.web.exposure.include=migrations");

    private static DataSourceDescriptor report(ApplicationContext context) {
        return context.getBean(MigrationsEndpoint.class).migrations().dataSources().get("migrationRunner");
    }

    @Test
    void driftIsOffByDefault() {
        runner.run(context -> {
            assertThat(context).doesNotHaveBean(DriftProbe.class);
            assertThat(report(context).drift()).isNull();
        });
    }

    @Test
    void enabledDriftReportsAManualChange() {
        runner.withPropertyValues("migrations.drift.enabled=true").run(context -> {
            assertThat(report(context).drift().drift()).isFalse();

            db.execute("ALTER TABLE account ADD COLUMN nickname text");

            DriftProbe.DriftDescriptor drift = report(context).drift();
            assertThat(drift.drift()).isTrue();
            assertThat(drift.replayedTo()).containsExactly("b2");
            assertThat(drift.differences()).containsExactly("column public.account.nickname: extra (nickname text)");
            assertThat(drift.error()).isNull();
        });
    }

    @Test
    void driftCheckThatCannotRunIsReportedNotThrown() {
        runner.withPropertyValues("migrations.drift.enabled=true",
                        "migrations.drift.shadow-server-url=jdbc:h2:mem:elsewhere")
                .run(context -> {
                    DriftProbe.DriftDescriptor drift = report(context).drift();
                    assertThat(drift.drift()).isFalse();
                    assertThat(drift.error()).startsWith("Cannot derive a shadow database URL from jdbc:h2:mem:elsewhere");
                    assertThat(context.getBean(MigrationRunner.class).check().current()).containsExactly("b2");
                });
    }
}
