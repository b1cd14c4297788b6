package io.migrations.spring.health;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.migrations.spring.MigrationRunner;
import io.migrations.spring.TestDatabaseExtension;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;

class MigrationsHealthIndicatorTests {

    @RegisterExtension
    static final TestDatabaseExtension db = new TestDatabaseExtension();




    @Test
    void upWhenAtTheHeads() {
        MigrationRunner runner = db.runner("classpath:db/migrations");
        runner.migrate();
        Health health = new MigrationsHealthIndicator(runner).health();
        assertThat(health.getStatus()).isEqualTo(Status.UP);
        assertThat(health.getDetails()).containsEntry("current", List.of("b2")).containsEntry("pending", List.of());
    }

    @Test
    void outOfServiceWhenRevisionsArePending() {
        Health health = new MigrationsHealthIndicator(db.runner("classpath:db/migrations")).health();
        assertThat(health.getStatus()).isEqualTo(Status.OUT_OF_SERVICE);
        assertThat(health.getDetails()).containsEntry("pending", List.of("a1", "b2"));
    }

    @Test
    void downWhenTheLastRunFailed() {
        MigrationRunner runner = db.runner("classpath:db/failing");
        assertThatThrownBy(runner::migrate).hasMessageContaining("no_such_table");
        Health health = new MigrationsHealthIndicator(runner).health();
        assertThat(health.getStatus()).isEqualTo(Status.DOWN);
        assertThat((String) health.getDetails().get("error")).contains("no_such_table");
    }

    @Test
    void downWhenTheHistoryRecordsAFailureOfAnotherInstance() {
        assertThatThrownBy(db.runner("classpath:db/failing")::migrate).hasMessageContaining("no_such_table");
        Health health = new MigrationsHealthIndicator(db.runner("classpath:db/failing")).health();
        assertThat(health.getStatus()).isEqualTo(Status.DOWN);
        assertThat(health.getDetails()).containsEntry("state", io.migrations.api.Status.State.FAILED);
    }

    @Test
    void downWhenTheDatabaseCannotBeRead() {
        Health health = new MigrationsHealthIndicator(TestDatabaseExtension.runner(
                db.dataSource("jdbc:postgresql://127.0.0.1:1/nowhere"), "classpath:db/migrations")).health();
        assertThat(health.getStatus()).isEqualTo(Status.DOWN);
        assertThat((String) health.getDetails().get("error")).contains("Connection");
    }
}
