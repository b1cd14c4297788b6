package io.migrations.spring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.migrations.api.Verdict;
import io.migrations.spring.health.MigrationHealth;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** What the health indicators of both Boot generations report, per database state. */
class MigrationHealthTests {

    @RegisterExtension
    static final TestDatabaseExtension db = new TestDatabaseExtension();

    @Test
    void upWhenAtTheHeads() {
        MigrationRunner runner = db.runner("classpath:db/migrations");
        runner.migrate();
        MigrationHealth health = MigrationHealth.of(runner);
        assertThat(health.status()).isEqualTo("UP");
        assertThat(health.details()).containsEntry("current", List.of("b2")).containsEntry("pending", List.of());
    }

    @Test
    void upWhenTheDatabaseIsAheadOfThisBuild() {
        db.runner("classpath:db/migrations").migrate();
        db.execute("UPDATE alembic_version SET version_num = 'c3_newer_build'");
        MigrationHealth health = MigrationHealth.of(db.runner("classpath:db/migrations"));
        assertThat(health.status()).isEqualTo("UP");
        assertThat(health.details()).containsEntry("state", Verdict.State.AHEAD)
                .containsEntry("unknown", List.of("c3_newer_build"));
    }

    @Test
    void outOfServiceWhenRevisionsArePending() {
        MigrationHealth health = MigrationHealth.of(db.runner("classpath:db/migrations"));
        assertThat(health.status()).isEqualTo("OUT_OF_SERVICE");
        assertThat(health.details()).containsEntry("pending", List.of("a1", "b2"));
    }

    @Test
    void downWhenTheLastRunFailed() {
        MigrationRunner runner = db.runner("classpath:db/failing");
        assertThatThrownBy(runner::migrate).hasMessageContaining("no_such_table");
        MigrationHealth health = MigrationHealth.of(runner);
        assertThat(health.status()).isEqualTo("DOWN");
        assertThat((String) health.details().get("error")).contains("no_such_table");
    }

    @Test
    void downWhenTheHistoryRecordsAFailureOfAnotherInstance() {
        assertThatThrownBy(db.runner("classpath:db/failing")::migrate).hasMessageContaining("no_such_table");
        MigrationHealth health = MigrationHealth.of(db.runner("classpath:db/failing"));
        assertThat(health.status()).isEqualTo("DOWN");
        assertThat(health.details()).containsEntry("state", Verdict.State.FAILED);
    }

    @Test
    void anUnreadableDatabaseThrowsForTheIndicatorToReportDown() {
        MigrationRunner runner = TestDatabaseExtension.runner(db.dataSource("jdbc:postgresql://127.0.0.1:1/nowhere"),
                "classpath:db/migrations");
        assertThatThrownBy(() -> MigrationHealth.of(runner)).hasMessageContaining("127.0.0.1:1");
    }
}
