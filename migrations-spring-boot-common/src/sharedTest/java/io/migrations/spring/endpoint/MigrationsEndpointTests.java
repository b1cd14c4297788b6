package io.migrations.spring.endpoint;

import static org.assertj.core.api.Assertions.assertThat;

import io.migrations.api.Direction;
import io.migrations.api.Verdict;
import io.migrations.spring.MigrationRunner;
import io.migrations.spring.TestDatabaseExtension;
import io.migrations.spring.endpoint.MigrationsEndpoint.DataSourceDescriptor;
import io.migrations.spring.endpoint.MigrationsEndpoint.RevisionDescriptor;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class MigrationsEndpointTests {

    @RegisterExtension
    static final TestDatabaseExtension db = new TestDatabaseExtension();




    @Test
    void reportsPendingRevisionsOfAnEmptyDatabase() {
        DataSourceDescriptor report = new MigrationsEndpoint(Map.of("main", db.runner("classpath:db/migrations")))
                .migrations().dataSources().get("main");
        assertThat(report.status()).isEqualTo(Verdict.State.PENDING);
        assertThat(report.current()).isEmpty();
        assertThat(report.heads()).containsExactly("b2");
        assertThat(report.pending()).extracting(MigrationsEndpoint.PendingDescriptor::id).containsExactly("a1", "b2");
        assertThat(report.pending().get(0).message()).isEqualTo("create account");
        assertThat(report.pending().get(0).path()).contains("a1_create_account.sql");
        assertThat(report.history()).isEmpty();
    }

    @Test
    void reportsHistoryAfterAnUpgrade() {
        MigrationRunner runner = db.runner("classpath:db/migrations");
        runner.migrate();
        DataSourceDescriptor report = new MigrationsEndpoint(Map.of("main", runner)).migrations().dataSources().get("main");
        assertThat(report.status()).isEqualTo(Verdict.State.UP_TO_DATE);
        assertThat(report.current()).containsExactly("b2");
        assertThat(report.history()).extracting(MigrationsEndpoint.HistoryDescriptor::revision).containsExactly("a1", "b2");
        assertThat(report.history()).allSatisfy(row -> {
            assertThat(row.direction()).isEqualTo(Direction.UPGRADE);
            assertThat(row.success()).isTrue();
            assertThat(row.checksum()).isNotBlank();
            assertThat(row.appliedBy()).isEqualTo(db.user());
            assertThat(row.appliedAt()).isNotNull();
        });
    }

    @Test
    void reportsBranchPoints() {
        DataSourceDescriptor report = new MigrationsEndpoint(Map.of("main", db.runner("classpath:db/branches")))
                .migrations().dataSources().get("main");
        assertThat(report.branches()).singleElement().satisfies(branch -> {
            assertThat(branch.revision()).isEqualTo("r1");
            assertThat(branch.children()).containsExactlyInAnyOrder("r2", "r3");
        });
        assertThat(report.heads()).containsExactlyInAnyOrder("r2", "r3");
    }

    @Test
    @SuppressWarnings("unchecked")
    void theGraphMemberMarksCurrentAppliedAndPendingOnTheLaidOutGraph() {
        MigrationRunner runner = db.runner("classpath:db/branches");
        runner.upgrade("r2");
        MigrationsEndpoint endpoint = new MigrationsEndpoint(Map.of("main", runner));
        Map<String, Object> graph = endpoint.migrations().dataSources().get("main").graph();

        assertThat(graph.get("database")).isEqualTo(true);
        List<Map<String, Object>> nodes = (List<Map<String, Object>>) graph.get("nodes");
        assertThat(nodes).extracting(node -> node.get("id") + " " + node.get("state") + " " + node.get("current"))
                .containsExactlyInAnyOrder("r1 applied false", "r2 applied true", "r3 pending false");
        assertThat(nodes).allSatisfy(node -> assertThat(node).containsKeys("x", "y", "w", "h", "labels", "marks"));
        assertThat(nodes).filteredOn(node -> node.get("id").equals("r1")).singleElement()
                .satisfies(node -> assertThat((List<String>) node.get("marks")).contains("branchpoint", "base"));
        assertThat((List<Map<String, Object>>) graph.get("edges"))
                .extracting(edge -> edge.get("from") + ">" + edge.get("to") + " " + edge.get("kind"))
                .containsExactlyInAnyOrder("r1>r2 down_revision", "r1>r3 down_revision");

        runner.upgrade("heads");
        assertThat((List<Map<String, Object>>) endpoint.migrations().dataSources().get("main").graph().get("nodes"))
                .as("the same layout with the states read again")
                .extracting(node -> node.get("id") + " " + node.get("state"))
                .containsExactlyInAnyOrder("r1 applied", "r2 applied", "r3 applied");
    }

    @Test
    void pendingRevisionsCarryTheirLintFindings() {
        DataSourceDescriptor report = new MigrationsEndpoint(Map.of("main", db.runner("classpath:db/lint-warning")))
                .migrations().dataSources().get("main");

        assertThat(report.pending()).singleElement().satisfies(pending -> assertThat(pending.findings())
                .extracting(MigrationsEndpoint.FindingDescriptor::rule).contains("missing-downgrade"));
        assertThat(report.pending().get(0).findings().get(0).severity()).isEqualTo("WARNING");
        assertThat(report.pending().get(0).findings().get(0).fix()).isNotBlank();
    }

    @Test
    void describesOneRevision() {
        MigrationRunner runner = db.runner("classpath:db/branches");
        runner.upgrade("r2");
        Map<String, RevisionDescriptor> found = new MigrationsEndpoint(Map.of("main", runner)).revision("r2").dataSources();
        assertThat(found.get("main")).satisfies(revision -> {
            assertThat(revision.message()).isEqualTo("left branch");
            assertThat(revision.downRevisions()).containsExactly("r1");
            assertThat(revision.branchLabels()).containsExactly("left");
            assertThat(revision.applied()).isTrue();
            assertThat(revision.pending()).isFalse();
            assertThat(revision.history()).singleElement().satisfies(row -> assertThat(row.revision()).isEqualTo("r2"));
        });
        assertThat(new MigrationsEndpoint(Map.of("main", runner)).revision("r3").dataSources().get("main").pending()).isTrue();
    }

    @Test
    void unknownRevisionIsNotFound() {
        assertThat(new MigrationsEndpoint(Map.of("main", db.runner("classpath:db/migrations"))).revision("nope")).isNull();
    }
}
