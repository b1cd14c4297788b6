package io.migrations.spring.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.migrations.spring.BootLine;
import io.migrations.spring.FailureReason;
import io.migrations.spring.MigrationFailedException;
import io.migrations.spring.MigrationsAutoConfiguration;
import io.migrations.spring.TestDatabaseExtension;
import io.migrations.spring.app.TestApplication;
import io.migrations.spring.endpoint.MigrationsEndpoint;
import io.migrations.spring.endpoint.MigrationsEndpoint.DataSourceDescriptor;
import io.migrations.spring.endpoint.MigrationsEndpointAutoConfiguration;
import io.migrations.spring.endpoint.ModelProbe;
import io.migrations.spring.endpoint.ModelProbe.ModelDescriptor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code migrations.model-check}: the migrated database against the model, in the endpoint's model section and at
 * startup. The default model is {@code classpath:db/schema.sql}, next to the revisions in {@code db/migrations}.
 */
@ExtendWith(OutputCaptureExtension.class)
class MigrationsModelTests {

    @RegisterExtension
    static final TestDatabaseExtension db = new TestDatabaseExtension();

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(BootLine.DATA_SOURCE, MigrationsAutoConfiguration.class,
                    MigrationsModelAutoConfiguration.class, MigrationsEndpointAutoConfiguration.class))
            .withPropertyValues(db.dataSourceProperties())
            .withPropertyValues("management.endpoints.web.exposure.include=migrations");

    private static ModelDescriptor model(ApplicationContext context) {
        DataSourceDescriptor report = context.getBean(MigrationsEndpoint.class).migrations().dataSources()
                .get("migrationRunner");
        return report.model();
    }

    @Test
    void theModelCheckIsOffByDefault() {
        runner.run(context -> {
            assertThat(context).doesNotHaveBean(ModelProbe.class);
            assertThat(model(context)).isNull();
        });
    }

    @Test
    void theEndpointListsWhatTheDatabaseHasThatTheModelDoesNot() {
        runner.withPropertyValues("migrations.model-check=warn").run(context -> {
            assertThat(model(context)).isEqualTo(new ModelDescriptor("classpath:db/schema.sql", true,
                    java.util.List.of(), null));

            db.execute("ALTER TABLE account ADD COLUMN nickname text");

            assertThat(model(context)).isEqualTo(new ModelDescriptor("classpath:db/schema.sql", false,
                    java.util.List.of("column public.account.nickname: only in the database (nickname text)"), null));
        });
    }

    @Test
    void aModelThatCannotBeBuiltIsReportedNotThrown() {
        runner.withPropertyValues("migrations.model-check=warn", "migrations.model=jpa:com.acme.domain")
                .run(context -> {
                    ModelDescriptor model = model(context);
                    assertThat(model.matches()).isFalse();
                    assertThat(model.error()).contains("io.migrations:migrations-hibernate");
                });
    }

    @Test
    void warnLogsTheDifferencesAtStartupAndStarts(CapturedOutput output) {
        try (ConfigurableApplicationContext context = start("warn", "classpath:model/wider-email.sql")) {
            assertThat(context.isRunning()).isTrue();
        }
        assertThat(output).contains("differs from the model classpath:model/wider-email.sql in 1 place:\n  column "
                + "public.account.email: type is character varying(320) in the model, character varying(200) in the "
                + "database");
    }

    @Test
    void failStopsTheStartWithTheDifferences() {
        assertThatThrownBy(() -> start("fail", "classpath:model/wider-email.sql").close())
                .isInstanceOfSatisfying(MigrationFailedException.class, e -> {
                    assertThat(e.reason()).isEqualTo(FailureReason.MODEL);
                    assertThat(e.getExitCode()).isEqualTo(1);
                    assertThat(e.getCause()).isInstanceOf(ModelMismatchException.class);
                    assertThat(((ModelMismatchException) e.getCause()).differences()).containsExactly(
                            "column public.account.email: type is character varying(320) in the model, character "
                                    + "varying(200) in the database");
                });
    }

    @Test
    void failStartsWhenTheDatabaseIsTheModel(CapturedOutput output) {
        try (ConfigurableApplicationContext context = start("fail", "")) {
            assertThat(context.isRunning()).isTrue();
        }
        assertThat(output).contains("has exactly the schema of the model classpath:db/schema.sql");
    }

    @Test
    void theApplicationsOwnModelBeansReplaceOurs() {
        ModelProbe probe = runner -> java.util.Optional.of(new ModelDescriptor("own", true, java.util.List.of(), null));
        JpaModelSource jpa = new JpaModelSource() {
            @Override
            public java.util.Optional<String> model() {
                return java.util.Optional.of("jpa:com.acme.own");
            }

            @Override
            public java.util.Map<String, Object> settings() {
                return java.util.Map.of();
            }
        };
        StartupModelCheck check = new StartupModelCheck(
                new org.springframework.beans.factory.support.StaticListableBeanFactory()
                        .getBeanProvider(io.migrations.spring.MigrationRunner.class),
                probe, new MigrationsModelProperties(), new io.migrations.spring.MigrationsProperties());
        runner.withPropertyValues("migrations.model-check=fail")
                .withBean("ownModelProbe", ModelProbe.class, () -> probe)
                .withBean("ownJpaModelSource", JpaModelSource.class, () -> jpa)
                .withBean("ownStartupModelCheck", StartupModelCheck.class, () -> check)
                .run(context -> {
                    assertThat(context).hasNotFailed();
                    assertThat(context).getBean(ModelProbe.class).isSameAs(probe);
                    assertThat(context).getBean(JpaModelSource.class).isSameAs(jpa);
                    assertThat(context).getBean(StartupModelCheck.class).isSameAs(check);
                    assertThat(model(context).model()).isEqualTo("own");
                });
    }

    private ConfigurableApplicationContext start(String check, String model) {
        return new SpringApplicationBuilder(TestApplication.class)
                .properties(db.dataSourceProperties())
                .properties("server.port=0", "migrations.model-check=" + check, "migrations.model=" + model)
                .run();
    }
}
