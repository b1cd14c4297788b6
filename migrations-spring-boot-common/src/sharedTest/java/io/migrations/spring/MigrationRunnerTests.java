package io.migrations.spring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.migrations.Migrations;
import io.migrations.MigrationsConfig;
import io.migrations.api.Direction;
import io.migrations.api.Policy;
import io.migrations.api.Verdict;
import io.migrations.api.ValidationException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class MigrationRunnerTests {

    @RegisterExtension
    static final TestDatabaseExtension db = new TestDatabaseExtension();

    private final List<MigrationRun> runs = new ArrayList<>();




    private MigrationRunner runner(String location, MigrationsConfig.Builder settings) {
        DataSource dataSource = db.dataSource(db.jdbcUrl() + "?password=secret");
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
        assertThat(db.versions()).containsExactly("b2");
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
        assertThat(db.versions()).containsExactly("a1");
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
        MigrationRunner runner = new MigrationRunner(Migrations.create(MigrationsConfig.builder().dataSource(db.dataSource()).build()),
                "heads", List.of((r, run) -> {
                    throw new IllegalStateException("listener broke");
                }));
        assertThat(runner.migrate().headsAfter()).containsExactly("b2");
    }

    @Test
    void validateFailsOnPendingRevisionsNamingThem() {
        MigrationRunner runner = runner();
        assertThatThrownBy(runner::validate).isInstanceOf(ValidationException.class)
                .hasMessageContaining("2 revision(s) pending: a1 (")
                .satisfies(e -> assertThat(((ValidationException) e).revisions()).containsExactly("a1", "b2"));
    }

    @Test
    void validateFailsOnUnknownRevisionsUnlessTheyOnlyWarn() {
        runner().migrate();
        db.execute("UPDATE alembic_version SET version_num = 'zz9'");
        assertThatThrownBy(runner()::validate).isInstanceOf(ValidationException.class)
                .hasMessageContaining("at revision(s) zz9, which no revision file here defines");
        Verdict verdict = runner("classpath:db/migrations", MigrationsConfig.builder().onUnknownRevision(Policy.WARN)).validate();
        assertThat(verdict.unknown()).containsExactly("zz9");
    }

    @Test
    void validateFailsOnEditedRevisionsUnlessChecksumsAreIgnored() {
        runner().migrate();
        db.execute("UPDATE migrations_history SET checksum = 'changed' WHERE revision = 'a1'");
        assertThatThrownBy(runner()::validate).isInstanceOf(ValidationException.class)
                .hasMessageContaining("changed since they ran: a1 (");
        Verdict verdict = runner("classpath:db/migrations", MigrationsConfig.builder().onChecksumMismatch(Policy.IGNORE)).validate();
        assertThat(verdict.edited()).extracting(revision -> revision.id()).containsExactly("a1");
    }

    @Test
    void appliedListsEveryRevisionTheDatabaseHas() {
        MigrationRunner runner = runner();
        runner.upgrade("a1");
        assertThat(runner.applied(runner.check())).containsExactly("a1");
        runner.migrate();
        assertThat(runner.applied(runner.check())).containsExactlyInAnyOrder("a1", "b2");
    }

    @Test
    void urlMasksThePassword() {
        assertThat(runner().url()).isEqualTo(db.jdbcUrl() + "?password=***");
    }
}
