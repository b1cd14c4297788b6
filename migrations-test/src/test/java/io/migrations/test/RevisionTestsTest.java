package io.migrations.test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.testkit.engine.EventConditions.event;
import static org.junit.platform.testkit.engine.EventConditions.finishedSuccessfully;
import static org.junit.platform.testkit.engine.EventConditions.finishedWithFailure;
import static org.junit.platform.testkit.engine.EventConditions.test;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.instanceOf;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.message;

import io.migrations.Migrations;
import io.migrations.testdb.TestServers;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Events;

/**
 * Runs user-style test classes through the JUnit engine, as a project would, and checks what they report.
 * The nested classes are the "user" tests; Surefire skips nested classes, so they only run from here.
 */
class RevisionTestsTest {

    @MigrationsTest(locations = "classpath:revisions/branched")
    static class BranchedRevisions extends RevisionTests {
    }

    @MigrationsTest(locations = "classpath:revisions/leftover_table")
    static class LeftoverRevisions extends RevisionTests {
    }

    @MigrationsTest(locations = "classpath:revisions/missing_downgrade", irreversible = "bbb222")
    static class DeclaredIrreversibleRevisions extends RevisionTests {
    }

    @MigrationsTest(locations = "classpath:revisions/two_heads", heads = {"bbb222", "ccc333"})
    static class OneLiners {

        private final Migrations migrations;

        OneLiners(Migrations migrations) {
            this.migrations = migrations;
        }

        @Test
        void upgradesAndSharesTheClassDatabase(RevisionChecks checks, Migrations fromParameter) {
            checks.assertHeads();
            checks.assertUpgradeFromEmpty();
            assertThat(fromParameter.current()).containsExactlyInAnyOrder("bbb222", "ccc333");
            assertThat(fromParameter).isSameAs(migrations);
        }
    }

    private static Events run(Class<?> testClass) {
        return EngineTestKit.engine("junit-jupiter").selectors(selectClass(testClass)).execute().testEvents();
    }

    @Test
    void inheritedChecksPassOnGoodRevisions() {
        Events events = run(BranchedRevisions.class);

        events.assertStatistics(stats -> stats.started(5).succeeded(5));
    }

    @Test
    void inheritedChecksFailOnADowngradeThatLeavesATable() {
        Events events = run(LeftoverRevisions.class);

        events.assertStatistics(stats -> stats.started(5).succeeded(3).failed(2));
        events.assertThatEvents()
                .haveExactly(1, event(test("stairway"), finishedWithFailure(instanceOf(CheckFailedError.class),
                        message(text -> text.contains("left behind: table public.b_audit")))))
                .haveExactly(1, event(test("downgradesToBaseCleanly"), finishedWithFailure(
                        instanceOf(CheckFailedError.class), message(text -> text.contains("downgrade to base left")))));
    }

    @Test
    void annotationDeclaresIrreversibleRevisions() {
        Events events = run(DeclaredIrreversibleRevisions.class);

        events.assertStatistics(stats -> stats.started(5).succeeded(5));
    }

    @Test
    void injectsOneMigrationsPerClassIntoConstructorsAndMethods() {
        Events events = run(OneLiners.class);

        events.assertThatEvents().haveExactly(1, event(test("upgradesAndSharesTheClassDatabase"), finishedSuccessfully()));
    }

    @Test
    void dropsTheClassDatabaseAfterTheClass() throws Exception {
        run(OneLiners.class);

        var server = TestServers.find();
        Properties props = new Properties();
        props.setProperty("user", server.user());
        props.setProperty("password", server.password());
        try (Connection connection = DriverManager.getConnection(server.jdbcUrl(server.adminDb()), props);
             PreparedStatement query = connection.prepareStatement(
                     "SELECT count(*) FROM pg_database WHERE datname LIKE 'oneliners\\_%'");
             ResultSet rows = query.executeQuery()) {
            rows.next();
            assertThat(rows.getInt(1)).isZero();
        }
    }
}
