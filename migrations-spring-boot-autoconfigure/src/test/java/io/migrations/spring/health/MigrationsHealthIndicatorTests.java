package io.migrations.spring.health;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.migrations.Migrations;
import io.migrations.MigrationsConfig;
import io.migrations.spring.Databases;
import io.migrations.spring.MigrationRunner;
import io.migrations.testdb.TestDatabase;
import io.migrations.testdb.TestServers;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

class MigrationsHealthIndicatorTests {

    private static TestDatabase db;

    @BeforeAll
    static void createDatabase() {
        db = TestServers.find().createDatabase("MigrationsHealthIndicatorTests");
    }

    @AfterAll
    static void dropDatabase() {
        db.close();
    }

    @BeforeEach
    void reset() {
        Databases.reset(db);
    }

    private static MigrationRunner runner(String location, String url) {
        var dataSource = new SimpleDriverDataSource(new org.postgresql.Driver(), url, db.user(), db.password());
        return new MigrationRunner(Migrations.create(MigrationsConfig.builder().dataSource(dataSource).locations(location).build()),
                "heads", List.of());
    }

    private static MigrationRunner runner(String location) {
        return runner(location, db.jdbcUrl());
    }

    @Test
    void upWhenAtTheHeads() {
        MigrationRunner runner = runner("classpath:db/migrations");
        runner.migrate();
        Health health = new MigrationsHealthIndicator(runner).health();
        assertThat(health.getStatus()).isEqualTo(Status.UP);
        assertThat(health.getDetails()).containsEntry("current", List.of("b2")).containsEntry("pending", List.of());
    }

    @Test
    void outOfServiceWhenRevisionsArePending() {
        Health health = new MigrationsHealthIndicator(runner("classpath:db/migrations")).health();
        assertThat(health.getStatus()).isEqualTo(Status.OUT_OF_SERVICE);
        assertThat(health.getDetails()).containsEntry("pending", List.of("a1", "b2"));
    }

    @Test
    void downWhenTheLastRunFailed() {
        MigrationRunner runner = runner("classpath:db/failing");
        assertThatThrownBy(runner::migrate).hasMessageContaining("no_such_table");
        Health health = new MigrationsHealthIndicator(runner).health();
        assertThat(health.getStatus()).isEqualTo(Status.DOWN);
        assertThat((String) health.getDetails().get("error")).contains("no_such_table");
    }

    @Test
    void downWhenTheHistoryRecordsAFailureOfAnotherInstance() {
        assertThatThrownBy(runner("classpath:db/failing")::migrate).hasMessageContaining("no_such_table");
        Health health = new MigrationsHealthIndicator(runner("classpath:db/failing")).health();
        assertThat(health.getStatus()).isEqualTo(Status.DOWN);
        assertThat(health.getDetails()).containsEntry("state", io.migrations.Status.State.FAILED);
    }

    @Test
    void downWhenTheDatabaseCannotBeRead() {
        Health health = new MigrationsHealthIndicator(runner("classpath:db/migrations",
                "jdbc:postgresql://127.0.0.1:1/nowhere")).health();
        assertThat(health.getStatus()).isEqualTo(Status.DOWN);
        assertThat((String) health.getDetails().get("error")).contains("Connection");
    }
}
