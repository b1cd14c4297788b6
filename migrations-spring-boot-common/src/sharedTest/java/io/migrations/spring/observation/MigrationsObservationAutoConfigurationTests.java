package io.migrations.spring.observation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micrometer.common.KeyValue;
import io.micrometer.common.KeyValues;
import io.micrometer.core.instrument.observation.DefaultMeterObservationHandler;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationHandler;
import io.micrometer.observation.ObservationRegistry;
import io.micrometer.observation.tck.TestObservationRegistry;
import io.micrometer.observation.tck.TestObservationRegistryAssert;
import io.migrations.spring.BootLine;
import io.migrations.spring.MigrationRunner;
import io.migrations.spring.MigrationsAutoConfiguration;
import io.migrations.spring.TestDatabaseExtension;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

class MigrationsObservationAutoConfigurationTests {

    @RegisterExtension
    static final TestDatabaseExtension db = new TestDatabaseExtension();

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(BootLine.DATA_SOURCE, MigrationsAutoConfiguration.class,
                    MigrationsObservationAutoConfiguration.class))
            .withPropertyValues(db.dataSourceProperties());

    private final ApplicationContextRunner observed = runner
            .withBean(ObservationRegistry.class, TestObservationRegistry::create);

    @Test
    void theStartupRunAndEachRevisionAreObservations() {
        observed.run(context -> {
            TestObservationRegistry registry = context.getBean(TestObservationRegistry.class);
            Predicate<Observation.ContextView> childOfTheRun = parent -> MigrationObservationContext.RUN.equals(parent.getName());
            TestObservationRegistryAssert.assertThat(registry)
                    .hasNumberOfObservationsWithNameEqualTo(MigrationObservationContext.RUN, 1)
                    .hasNumberOfObservationsWithNameEqualTo(MigrationObservationContext.REVISION, 2)
                    .hasObservationWithNameEqualTo(MigrationObservationContext.RUN).that()
                    .hasBeenStarted().hasBeenStopped().doesNotHaveError()
                    .hasContextualNameEqualTo("upgrade heads")
                    .hasLowCardinalityKeyValue("runner", "migrationRunner")
                    .hasLowCardinalityKeyValue("direction", "upgrade")
                    .hasLowCardinalityKeyValue("outcome", "success")
                    .hasHighCardinalityKeyValue("target", "heads")
                    .backToTestObservationRegistry()
                    .forAllObservationsWithNameEqualTo(MigrationObservationContext.REVISION, revision -> revision
                            .doesNotHaveError()
                            .hasLowCardinalityKeyValue("runner", "migrationRunner")
                            .hasLowCardinalityKeyValue("direction", "upgrade")
                            .hasLowCardinalityKeyValue("outcome", "success")
                            .hasParentObservationContextMatching(childOfTheRun))
                    .hasAnObservation(revision -> revision.hasNameEqualTo(MigrationObservationContext.REVISION)
                            .hasHighCardinalityKeyValue("revision", "a1").hasContextualNameEqualTo("upgrade  -> a1"))
                    .hasAnObservation(revision -> revision.hasNameEqualTo(MigrationObservationContext.REVISION)
                            .hasHighCardinalityKeyValue("revision", "b2").hasContextualNameEqualTo("upgrade a1 -> b2"));
        });
    }

    @Test
    void aDowngradeIsObservedWithItsDirection() {
        observed.run(context -> {
            TestObservationRegistry registry = context.getBean(TestObservationRegistry.class);
            registry.clear();
            context.getBean(MigrationRunner.class).downgrade("a1");
            TestObservationRegistryAssert.assertThat(registry)
                    .hasNumberOfObservationsWithNameEqualTo(MigrationObservationContext.RUN, 1)
                    .hasObservationWithNameEqualTo(MigrationObservationContext.RUN).that()
                    .hasLowCardinalityKeyValue("direction", "downgrade").hasHighCardinalityKeyValue("target", "a1")
                    .backToTestObservationRegistry()
                    .hasObservationWithNameEqualTo(MigrationObservationContext.REVISION).that()
                    .hasLowCardinalityKeyValue("direction", "downgrade").hasHighCardinalityKeyValue("revision", "b2")
                    .hasLowCardinalityKeyValue("outcome", "success");
        });
    }

    @Test
    void aFailedRevisionIsTheErrorOfItsObservationAndOfTheRun() {
        observed.withPropertyValues("migrations.mode=none", "migrations.locations=classpath:db/failing")
                .run(context -> {
                    assertThatThrownBy(context.getBean(MigrationRunner.class)::migrate)
                            .hasMessageContaining("no_such_table");
                    TestObservationRegistry registry = context.getBean(TestObservationRegistry.class);
                    TestObservationRegistryAssert.assertThat(registry)
                            .hasObservationWithNameEqualTo(MigrationObservationContext.REVISION).that()
                            .hasBeenStopped()
                            .hasHighCardinalityKeyValue("revision", "f1")
                            .hasLowCardinalityKeyValue("outcome", "failure")
                            .assertThatError().hasMessageContaining("no_such_table");
                    TestObservationRegistryAssert.assertThat(registry)
                            .hasObservationWithNameEqualTo(MigrationObservationContext.RUN).that()
                            .hasBeenStopped()
                            .hasLowCardinalityKeyValue("outcome", "failure")
                            .assertThatError().hasMessageContaining("no_such_table");
                });
    }

    /**
     * What handlers are told when the observations stop, not only the contexts' final state: a run and a step start
     * as successes and must stop as failures, and the timer Micrometer records at the stop is tagged with that.
     */
    @Test
    void aFailedRunStopsWithOutcomeFailureForHandlersAndTheTimer() {
        ObservationRegistry registry = ObservationRegistry.create();
        SimpleMeterRegistry meters = new SimpleMeterRegistry();
        List<String> seen = new CopyOnWriteArrayList<>();
        registry.observationConfig().observationHandler(new DefaultMeterObservationHandler(meters))
                .observationHandler(new ObservationHandler<MigrationObservationContext>() {
                    @Override
                    public void onStart(MigrationObservationContext context) {
                        seen.add(context.getName() + " started, outcome " + outcome(context));
                    }

                    @Override
                    public void onStop(MigrationObservationContext context) {
                        seen.add(context.getName() + " stopped, outcome " + outcome(context));
                    }

                    @Override
                    public boolean supportsContext(Observation.Context context) {
                        return context instanceof MigrationObservationContext;
                    }
                });
        runner.withBean(ObservationRegistry.class, () -> registry)
                .withPropertyValues("migrations.mode=none", "migrations.locations=classpath:db/failing")
                .run(context -> {
                    assertThatThrownBy(context.getBean(MigrationRunner.class)::migrate)
                            .hasMessageContaining("no_such_table");

                    assertThat(seen).containsExactly(
                            "migrations.run started, outcome success", "migrations.revision started, outcome success",
                            "migrations.revision stopped, outcome failure", "migrations.run stopped, outcome failure");
                    assertThat(meters.find(MigrationObservationContext.RUN).tag("outcome", "failure")
                            .tag("runner", "migrationRunner").tag("direction", "upgrade").timer())
                            .isNotNull().satisfies(timer -> assertThat(timer.count()).isEqualTo(1));
                    assertThat(meters.find(MigrationObservationContext.RUN).tag("outcome", "success").timer())
                            .isNull();
                    assertThat(meters.find(MigrationObservationContext.REVISION).tag("outcome", "failure").timer())
                            .isNotNull();
                });
    }

    private static String outcome(Observation.Context context) {
        KeyValue outcome = context.getLowCardinalityKeyValue("outcome");
        return outcome == null ? "none" : outcome.getValue();
    }

    @Test
    void aConventionBeanReplacesTheDefault() {
        observed.withBean(MigrationObservationConvention.class, () -> new DefaultMigrationObservationConvention() {
                    @Override
                    public KeyValues getLowCardinalityKeyValues(MigrationObservationContext context) {
                        return KeyValues.of("tenant", context.runner());
                    }
                })
                .run(context -> TestObservationRegistryAssert.assertThat(context.getBean(TestObservationRegistry.class))
                        .hasObservationWithNameEqualTo(MigrationObservationContext.RUN).that()
                        .hasLowCardinalityKeyValue("tenant", "migrationRunner")
                        .doesNotHaveLowCardinalityKeyValueWithKey("outcome")
                        .hasHighCardinalityKeyValue("target", "heads"));
    }

    @Test
    void anApplicationsOwnCallbackBeanReplacesTheAutoConfiguredOne() {
        MigrationObservationCallback own = new MigrationObservationCallback(ObservationRegistry.NOOP, null);
        observed.withBean(MigrationObservationCallback.class, () -> own)
                .run(context -> assertThat(context).getBean(MigrationObservationCallback.class).isSameAs(own));
    }

    @Test
    void withoutAnObservationRegistryRunsAreNotObserved() {
        runner.withPropertyValues("migrations.mode=none")
                .run(context -> assertThat(context).hasNotFailed().doesNotHaveBean(MigrationObservationCallback.class));
    }

    @Test
    void springBootsObservationRegistryIsObservedInto() {
        runner.withConfiguration(AutoConfigurations.of(BootLine.OBSERVATION))
                .withPropertyValues("migrations.mode=none")
                .run(context -> assertThat(context).hasSingleBean(ObservationRegistry.class)
                        .hasSingleBean(MigrationObservationCallback.class));
    }
}
