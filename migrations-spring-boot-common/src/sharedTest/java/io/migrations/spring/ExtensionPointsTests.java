package io.migrations.spring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import db.beans.AddDefaultPlan;
import io.migrations.api.Direction;
import io.migrations.api.HistoryEntry;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** What Flyway users expect to plug in: callbacks, Java revisions that are beans, adopting an existing database. */
class ExtensionPointsTests {

    @RegisterExtension
    static final TestDatabaseExtension db = new TestDatabaseExtension();

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(BootLine.DATA_SOURCE, MigrationsAutoConfiguration.class))
            .withPropertyValues(db.dataSourceProperties());

    /** Writes down every event, in order. */
    static final class Recorder implements MigrationCallback {
        final List<String> events = new ArrayList<>();
        private final String failAfter;

        Recorder(String failAfter) {
            this.failAfter = failAfter;
        }

        @Override
        public void beforeRun(RunStarting event) {
            events.add("beforeRun " + event.runner() + " " + event.direction() + " " + event.target());
        }

        @Override
        public void beforeRevision(RevisionStarting event) {
            events.add("beforeRevision " + event.step().describe());
        }

        @Override
        public void afterRevision(RevisionApplied event) {
            events.add("afterRevision " + event.step().describe());
            if (event.step().step().revision().orElseThrow().id().equals(failAfter)) {
                throw new IllegalStateException("callback refused " + failAfter);
            }
        }

        @Override
        public void afterRun(RunFinished event) {
            events.add("afterRun " + event.result().headsAfter());
        }

        @Override
        public void onFailure(RunFailed event) {
            events.add("onFailure " + event.failure().getMessage());
        }
    }

    @Test
    void callbacksHearTheRunAndEachRevisionInOrder() {
        Recorder recorder = new Recorder(null);
        runner.withBean(Recorder.class, () -> recorder)
                .run(context -> {
                    assertThat(context).hasNotFailed();
                    assertThat(recorder.events).containsExactly("beforeRun migrationRunner UPGRADE heads",
                            "beforeRevision upgrade  -> a1, create account", "afterRevision upgrade  -> a1, create account",
                            "beforeRevision upgrade a1 -> b2, add email", "afterRevision upgrade a1 -> b2, add email",
                            "afterRun [b2]");
                });
    }

    @Test
    void aFailingCallbackFailsTheRunAfterWhatCommittedAndHearsTheFailure() {
        Recorder recorder = new Recorder("a1");
        runner.withBean(Recorder.class, () -> recorder)
                .run(context -> {
                    assertThat(context).hasFailed();
                    assertThat(context.getStartupFailure()).rootCause().hasMessage("callback refused a1");
                    assertThat(recorder.events).containsExactly("beforeRun migrationRunner UPGRADE heads",
                            "beforeRevision upgrade  -> a1, create account", "afterRevision upgrade  -> a1, create account",
                            "onFailure callback refused a1");
                    assertThat(db.versions()).containsExactly("a1");
                });
    }

    @Test
    void aFailingRevisionReachesOnFailure() {
        Recorder recorder = new Recorder(null);
        runner.withBean(Recorder.class, () -> recorder)
                .withPropertyValues("migrations.locations=classpath:db/failing")
                .run(context -> {
                    assertThat(context).hasFailed();
                    assertThat(recorder.events).last().asString().startsWith("onFailure ").contains("no_such_table");
                });
    }

    @Test
    void javaRevisionBeansGetTheirDependenciesAndJoinTheScannedRevisions() {
        runner.withPropertyValues("migrations.locations=classpath:db/beans", "app.default-plan=starter")
                .withBean(AddDefaultPlan.class)
                .run(context -> {
                    assertThat(context).hasNotFailed();
                    assertThat(db.versions()).containsExactly("j3");
                    assertThat(db.strings("SELECT name FROM plan")).containsExactly("starter");
                    assertThat(db.strings("SELECT column_name FROM information_schema.columns "
                            + "WHERE table_name = 'plan' ORDER BY ordinal_position")).containsExactly("name", "price");
                    assertThat(context.getBean(MigrationRunner.class).migrations().revisions().find("j2").orElseThrow()
                            .location()).isEqualTo(AddDefaultPlan.class.getName());
                });
    }

    @Test
    void withoutItsBeanARevisionThatNeedsDependenciesCannotBeMade() {
        runner.withPropertyValues("migrations.locations=classpath:db/beans", "app.default-plan=starter")
                .run(context -> {
                    assertThat(context).hasFailed();
                    assertThat(context.getStartupFailure())
                            .hasStackTraceContaining(AddDefaultPlan.class.getName() + ": has no public no-argument "
                                    + "constructor; add one, or make the revision a Spring bean");
                    assertThat(db.versions()).isEmpty();
                });
    }

    @Test
    void revisionBeansOutsideTheRunnersLocationsAreLeftToOtherRunners() {
        runner.withBean(AddDefaultPlan.class).withPropertyValues("app.default-plan=starter")
                .run(context -> {
                    assertThat(context).hasNotFailed();
                    assertThat(db.versions()).containsExactly("b2");
                    assertThat(context.getBean(MigrationRunner.class).migrations().revisions().find("j2")).isEmpty();
                });
    }

    @Test
    void anExistingDatabaseIsStampedOnItsFirstRunThenUpgraded() {
        db.execute("CREATE TABLE account (id INT PRIMARY KEY, name VARCHAR(100) NOT NULL)");
        runner.withPropertyValues("migrations.stamp-on-first-run=a1")
                .run(context -> {
                    assertThat(context).hasNotFailed();
                    assertThat(db.versions()).containsExactly("b2");
                    assertThat(db.strings("SELECT count(*) FROM account")).containsExactly("0");
                    assertThat(context.getBean(MigrationRunner.class).migrations().history())
                            .extracting(HistoryEntry::direction, HistoryEntry::revision)
                            .containsExactly(tuple(Direction.STAMP, "a1"),
                                    tuple(Direction.UPGRADE, "b2"));
                    assertThat(context.getBean(MigrationRunner.class).lastRun().orElseThrow().result().steps())
                            .extracting(step -> step.step().direction()).containsExactly(Direction.STAMP, Direction.UPGRADE);
                });
    }

    @Test
    void anEmptyDatabaseIsUpgradedFromTheBaseDespiteStampOnFirstRun() {
        runner.withPropertyValues("migrations.stamp-on-first-run=a1")
                .run(context -> {
                    assertThat(db.versions()).containsExactly("b2");
                    assertThat(db.strings("SELECT name FROM account")).containsExactly("first");
                });
    }

    @Test
    void aDatabaseWithHistoryIsNeverStampedAgain() {
        runner.run(context -> assertThat(db.versions()).containsExactly("b2"));
        db.execute("DELETE FROM alembic_version");
        runner.withPropertyValues("migrations.stamp-on-first-run=b2")
                .run(context -> {
                    // Not adopted: the upgrade starts from the base and finds account there.
                    assertThat(context).hasFailed();
                    assertThat(context.getStartupFailure()).rootCause().hasMessageContaining("already exists");
                    assertThat(db.versions()).isEmpty();
                });
    }

    @Test
    void stampOnFirstRunMustNameARevision() {
        runner.withPropertyValues("migrations.stamp-on-first-run=zz9")
                .run(context -> {
                    Throwable failure = context.getStartupFailure();
                    while (!(failure instanceof MigrationFailedException)) {
                        failure = failure.getCause();
                    }
                    assertThat(((MigrationFailedException) failure).getExitCode()).isEqualTo(2);
                    assertThat(failure).hasMessageContaining("stamp-on-first-run is 'zz9', which no revision defines");
                });
    }
}
