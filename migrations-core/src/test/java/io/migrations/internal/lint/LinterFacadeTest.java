package io.migrations.internal.lint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.migrations.Migrations;
import io.migrations.MigrationsConfig;
import io.migrations.api.Finding;
import io.migrations.api.LintReport;
import io.migrations.api.Rule;
import io.migrations.internal.connect.DatabaseUrl;
import io.migrations.internal.connect.UrlDataSource;
import io.migrations.internal.graph.RevisionGraph;
import io.migrations.internal.script.RevisionFiles;
import io.migrations.internal.script.RevisionSources;
import io.migrations.internal.script.Script;
import io.migrations.testdb.TestDatabase;
import io.migrations.testdb.TestServers;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The entry points over {@link Migrations}: all revisions, and the pending ones read from a real database. */
class LinterFacadeTest {

    private static TestDatabase db;

    @TempDir
    Path dir;
    private Migrations migrations;

    @BeforeAll
    static void createDatabase() {
        db = TestServers.find().createDatabase("LinterFacadeTest");
    }

    @AfterAll
    static void dropDatabase() {
        db.close();
    }

    @BeforeEach
    void writeRevisions() throws Exception {
        try (var connection = db.connect(); var statement = connection.createStatement()) {
            statement.execute("DROP SCHEMA public CASCADE; CREATE SCHEMA public");
        }
        RevisionFiles files = new RevisionFiles(dir);
        // Written child first, so that load order and upgrade order differ.
        files.write("c3", "b2", "CREATE INDEX ix_events_at ON events (at);", "DROP INDEX ix_events_at;");
        files.write("b2", "a1", "CREATE TABLE events (id int, at timestamptz);", "DROP TABLE events;");
        files.write("a1", "", "CREATE TABLE users (id int);", "DROP TABLE users;");
        migrations = Migrations.create(MigrationsConfig.builder()
                .dataSource(new UrlDataSource(new DatabaseUrl(db.jdbcUrl(), db.user(), db.password())))
                .locations("filesystem:" + dir).build());
    }

    @Test
    void upgradeOrderPutsParentsFirst() {
        List<Script> scripts = RevisionSources.of(List.of("filesystem:" + dir), getClass().getClassLoader()).load();

        assertThat(Linter.upgradeOrder(RevisionGraph.of(scripts.stream().map(Script::revision).toList()), scripts))
                .extracting(Script::id).containsExactly("a1", "b2", "c3");
    }

    @Test
    void lintAllLintsEachRevisionOnItsOwn() {
        LintReport report = migrations.lint();

        assertThat(report.revisions()).isEqualTo(3);
        assertThat(report.active()).extracting(Finding::revision, Finding::message)
                .containsExactly(tuple("c3",
                        "index ix_events_at is built on table events without CONCURRENTLY"));
    }

    @Test
    void pendingRevisionsAreLintedAsOnePlan() {
        assertThat(migrations.lintPending().findings()).isEmpty();

        migrations.upgrade("b2");
        LintReport afterB2 = migrations.lintPending();

        assertThat(afterB2.revisions()).isEqualTo(1);
        assertThat(afterB2.active()).extracting(Finding::rule).containsExactly(Rule.INDEX_WITHOUT_CONCURRENTLY);
    }

    @Test
    void nothingPendingLintsNothing() {
        migrations.upgrade("heads");

        assertThat(migrations.lintPending()).isEqualTo(new LintReport(0, List.of()));
    }

    @Test
    void chosenRevisionsNeedNoDatabase() {
        assertThat(migrations.revisions().lint(List.of("b2")).findings()).isEmpty();
    }
}
