package io.migrations.spring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.migrations.Migrations;
import io.migrations.MigrationsConfig;
import io.migrations.MigrationsConfig.Policy;
import io.migrations.Status;
import io.migrations.ValidationException;
import io.migrations.plan.Direction;
import io.migrations.testdb.TestDatabase;
import io.migrations.testdb.TestServers;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

class MigrationRunnerTests {

    private static TestDatabase db;

    private final List<MigrationRun> runs = new ArrayList<>();

    @BeforeAll
    static void createDatabase() {
        db = TestServers.find().createDatabase("MigrationRunnerTests");
    }

    @AfterAll
    static void dropDatabase() {
        db.close();
    }

    @BeforeEach
    void reset() {
        Databases.reset(db);
    }

    private MigrationRunner runner(String location, MigrationsConfig.Builder settings) {
        DataSource dataSource = new SimpleDriverDataSource(new org.postgresql.Driver(),
                db.jdbcUrl() + "?password=secret", db.user(), db.password());
        MigrationsConfig config = settings.dataSource(dataSource).locations(location).build();
        return new MigrationRunner(Migrations.create(config), "heads", List.of((r, run) -> runs.add(run)));
    }

    private MigrationRunner runner() {
        return runner("classpath:db/migrations", MigrationsConfig.builder());
    }

    @Test
    void migrateUpgradesToTheTargetAndRemembersTheRun() {
        MigrationRunner runner = runner();
        runner.migrate();
        assertThat(Databases.versions(db)).containsExactly("b2");
        assertThat(runner.lastRun()).hasValueSatisfying(run -> {
            assertThat(run.succeeded()).isTrue();
            assertThat(run.direction()).isEqualTo(Direction.UPGRADE);
            assertThat(run.target()).isEqualTo("heads");
        });
        assertThat(runs).hasSize(1);
    }

    @Test
    void downgradeUndoesRevisions() {
        MigrationRunner runner = runner();
        runner.migrate();
        runner.downgrade("a1");
        assertThat(Databases.versions(db)).containsExactly("a1");
        assertThat(runs).extracting(MigrationRun::direction).containsExactly(Direction.UPGRADE, Direction.DOWNGRADE);
    }

    @Test
    void failedRunIsRememberedAndRethrown() {
        MigrationRunner runner = runner("classpath:db/failing", MigrationsConfig.builder());
        assertThatThrownBy(runner::migrate).hasMessageContaining("no_such_table");
        assertThat(runner.lastRun()).hasValueSatisfying(run -> {
            assertThat(run.succeeded()).isFalse();
            assertThat(run.failure()).hasMessageContaining("no_such_table");
        });
        assertThat(runs).singleElement().satisfies(run -> assertThat(run.result()).isNull());
    }

    @Test
    void failingListenerDoesNotChangeTheRun() {
        DataSource dataSource = new SimpleDriverDataSource(new org.postgresql.Driver(), db.jdbcUrl(), db.user(), db.password());
        MigrationRunner runner = new MigrationRunner(Migrations.create(MigrationsConfig.builder().dataSource(dataSource).build()),
                "heads", List.of((r, run) -> {
                    throw new IllegalStateException("listener broke");
                }));
        assertThat(runner.migrate().headsAfter()).containsExactly("b2");
    }

    @Test
    void validateFailsOnPendingRevisionsNamingThem() {
        MigrationRunner runner = runner();
        assertThatThrownBy(runner::validate).isInstanceOf(ValidationException.class)
                .hasMessageContaining("pending: a1 (")
                .satisfies(e -> assertThat(((ValidationException) e).revisions()).containsExactly("a1", "b2"));
    }

    @Test
    void validateFailsOnUnknownRevisionsUnlessTheyOnlyWarn() {
        runner().migrate();
        Databases.execute(db, "UPDATE alembic_version SET version_num = 'zz9'");
        assertThatThrownBy(runner()::validate).isInstanceOf(ValidationException.class)
                .hasMessageContaining("unknown to this application: zz9");
        Status status = runner("classpath:db/migrations", MigrationsConfig.builder().onUnknownRevision(Policy.WARN)).validate();
        assertThat(status.unknown()).containsExactly("zz9");
    }

    @Test
    void validateFailsOnEditedRevisionsUnlessChecksumsAreIgnored() {
        runner().migrate();
        Databases.execute(db, "UPDATE migrations_history SET checksum = 'changed' WHERE revision = 'a1'");
        assertThatThrownBy(runner()::validate).isInstanceOf(ValidationException.class)
                .hasMessageContaining("edited since they ran: a1");
        Status status = runner("classpath:db/migrations", MigrationsConfig.builder().onChecksumMismatch(Policy.IGNORE)).validate();
        assertThat(status.edited()).containsExactly("a1");
    }

    @Test
    void appliedListsEveryRevisionTheDatabaseHas() {
        MigrationRunner runner = runner();
        runner.upgrade("a1");
        assertThat(runner.applied(runner.status())).containsExactly("a1");
        runner.migrate();
        assertThat(runner.applied(runner.status())).containsExactlyInAnyOrder("a1", "b2");
    }

    @Test
    void urlMasksThePassword() {
        assertThat(runner().url()).isEqualTo(db.jdbcUrl() + "?password=***");
    }
}
