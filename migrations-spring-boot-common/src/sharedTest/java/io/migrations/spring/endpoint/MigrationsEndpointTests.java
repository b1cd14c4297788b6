package io.migrations.spring.endpoint;

import static org.assertj.core.api.Assertions.assertThat;

import io.migrations.api.Direction;
import io.migrations.api.Status;
import io.migrations.spring.MigrationRunner;
import io.migrations.spring.TestDatabaseExtension;
import io.migrations.spring.endpoint.MigrationsEndpoint.DataSourceDescriptor;
import io.migrations.spring.endpoint.MigrationsEndpoint.RevisionDescriptor;
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
        assertThat(report.status()).isEqualTo(Status.State.PENDING);
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
        assertThat(report.status()).isEqualTo(Status.State.UP_TO_DATE);
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
