package io.migrations.test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.migrations.Migrations;
import io.migrations.MigrationsConfig;
import io.migrations.RevisionSet;
import io.migrations.catalog.Catalog;
import io.migrations.catalog.Schema;
import io.migrations.testdb.TestDatabase;
import io.migrations.testdb.TestServers;
import java.sql.Connection;
import java.sql.Statement;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.opentest4j.MultipleFailuresError;

/** Each check against revision sets it must accept and sets it must reject, on real PostgreSQL. */
class RevisionChecksTest {

    private static TestDatabase db;

    @BeforeAll
    static void createDatabase() {
        db = TestServers.find().createDatabase("RevisionChecksTest");
    }

    @AfterAll
    static void dropDatabase() {
        db.close();
    }

    private static Migrations migrations(String set) {
        return Migrations.create(MigrationsConfig.builder()
                .dataSource(db.dataSource())
                .locations("classpath:revisions/" + set)
                .build());
    }

    private static RevisionChecks checks(String set) {
        return RevisionChecks.of(migrations(set));
    }

    private static CheckFailedError failure(ThrowingCallable check) {
        Throwable thrown = catchThrowable(check);
        assertThat(thrown).isInstanceOf(CheckFailedError.class);
        return (CheckFailedError) thrown;
    }

    @Test
    void everyCheckAcceptsLinearRevisionsAndLeavesTheDatabaseAtTheHead() {
        Migrations migrations = migrations("linear");

        RevisionChecks.of(migrations).assertAll();

        assertThat(migrations.current()).containsExactly("ddd444");
    }

    @Test
    void everyCheckAcceptsBranchesAndAMerge() {
        Migrations migrations = migrations("branched");

        RevisionChecks.of(migrations).assertAll();

        assertThat(migrations.current()).containsExactly("t1");
    }

    @Test
    void databaseChecksStartFromAnEmptyDatabase() throws Exception {
        try (Connection connection = db.connect(); Statement statement = connection.createStatement()) {
            statement.execute("CREATE SCHEMA stray; CREATE TABLE public.stray (id int)");
        }

        checks("two_heads").assertUpgradeFromEmpty();

        Catalog catalog = Migrations.create(MigrationsConfig.builder().dataSource(db.dataSource()).build(), RevisionSet.empty())
                .catalog();
        assertThat(catalog.schemas()).extracting(Schema::name).doesNotContain("stray");
        assertThat(catalog.table("public", "stray")).isEmpty();
    }

    @Test
    void headsRejectsTwoHeadsNamingThem() {
        CheckFailedError error = failure(checks("two_heads")::assertHeads);

        assertThat(error.check()).isEqualTo("heads");
        assertThat(error.revisions()).containsExactlyInAnyOrder("bbb222", "ccc333");
        assertThat(error.getMessage()).contains("expected one head, found 2", "bbb222_left.sql", "merge revision");
    }

    @Test
    void headsAcceptsTwoHeadsWhenDeclaredAndRejectsOtherDeclarations() {
        assertThatCode(checks("two_heads").expectingHeads("ccc333", "bbb222")::assertHeads).doesNotThrowAnyException();

        CheckFailedError error = failure(checks("two_heads").expectingHeads("bbb222")::assertHeads);
        assertThat(error.getMessage()).contains("expected heads bbb222, found bbb222", "ccc333");
    }

    @Test
    void headsRejectsASecondBaseWithoutBranchLabelAsOrphan() {
        CheckFailedError error = failure(checks("two_bases")::assertHeads);

        assertThat(error.revisions()).containsExactlyInAnyOrder("aaa111", "bbb222");
        assertThat(error.getMessage()).contains("2 base revisions", "orphan", "branch_labels");
        assertThatCode(checks("labelled_bases")::assertHeads).doesNotThrowAnyException();
    }

    @Test
    void downgradesRejectsARevisionWithoutDowngradeUnlessDeclared() {
        CheckFailedError error = failure(checks("missing_downgrade")::assertDowngradesExist);

        assertThat(error.revisions()).containsExactly("bbb222");
        assertThat(error.getMessage()).contains("bbb222_backfill.sql", "-- downgrade", "irreversible");
        assertThatCode(checks("missing_downgrade").allowingIrreversible("bbb222")::assertDowngradesExist)
                .doesNotThrowAnyException();
    }

    @Test
    void downgradesRejectsAStaleIrreversibleDeclaration() {
        CheckFailedError error = failure(checks("missing_downgrade").allowingIrreversible("bbb222", "ccc333", "gone99")
                ::assertDowngradesExist);

        assertThat(error.revisions()).containsExactly("ccc333", "gone99");
        assertThat(error.getMessage()).contains("Remove them from the irreversible list");
    }

    @Test
    void stairwayAndCleanDowngradeRejectAMissingDowngradeNamingTheRevision() {
        CheckFailedError stairway = failure(checks("missing_downgrade")::assertStairway);
        CheckFailedError clean = failure(checks("missing_downgrade")::assertCleanDowngrade);

        assertThat(stairway.check()).isEqualTo("stairway");
        assertThat(stairway.revisions()).containsExactly("bbb222");
        assertThat(stairway.getMessage()).contains("downgrade of bbb222 (", "bbb222");
        assertThat(clean.revisions()).containsExactly("bbb222");
    }

    @Test
    void stairwayAndCleanDowngradeStopAtDeclaredIrreversibleRevisions() {
        Migrations migrations = migrations("missing_downgrade");
        RevisionChecks checks = RevisionChecks.of(migrations).allowingIrreversible("bbb222");

        checks.assertStairway();
        checks.assertCleanDowngrade();

        assertThat(migrations.current()).containsExactly("ccc333");
    }

    @Test
    void cleanDowngradeExplainsIrreversibleRevisionsOnTwoBranches() {
        RevisionChecks checks = checks("irreversible_branches").allowingIrreversible("bbb222", "ccc333");

        checks.assertStairway();
        CheckFailedError error = failure(checks::assertCleanDowngrade);

        assertThat(error.revisions()).containsExactlyInAnyOrder("bbb222", "ccc333");
        assertThat(error.getMessage()).contains("bbb222, ccc333 sit on different branches");
    }

    @Test
    void stairwayRejectsADowngradeThatLeavesATable() {
        CheckFailedError error = failure(checks("leftover_table")::assertStairway);

        assertThat(error.revisions()).containsExactly("bbb222");
        assertThat(error.getMessage())
                .contains("downgrade of bbb222 (", "did not restore the schema")
                .contains("left behind: table public.b_audit (created by bbb222 (")
                .doesNotContain("table public.b ");
    }

    @Test
    void cleanDowngradeRejectsADowngradeThatLeavesATable() {
        CheckFailedError error = failure(checks("leftover_table")::assertCleanDowngrade);

        assertThat(error.check()).isEqualTo("clean downgrade");
        assertThat(error.revisions()).containsExactly("bbb222");
        assertThat(error.getMessage()).contains("downgrade to base left",
                "left behind: table public.b_audit (created by bbb222 (", "column public.b_audit.id integer");
    }

    @Test
    void onlyTheStairwaySeesAColumnLeftOnATableThatBaseDrops() {
        CheckFailedError error = failure(checks("leftover_column")::assertStairway);

        assertThat(error.revisions()).containsExactly("bbb222");
        assertThat(error.getMessage()).contains("left behind: column public.a.extra integer (created by bbb222");
        assertThatCode(checks("leftover_column")::assertCleanDowngrade).doesNotThrowAnyException();
    }

    @Test
    void stairwayRejectsAFailingDowngradeWithTheDatabaseError() {
        CheckFailedError error = failure(checks("broken_downgrade")::assertStairway);

        assertThat(error.revisions()).containsExactly("bbb222");
        assertThat(error.getMessage()).contains("downgrade of bbb222 (", "bbb222_bad_down.sql) to aaa111 failed", "no_such_table");
    }

    @Test
    void upgradeFromEmptyRejectsAFailingUpgradeNamingTheRevision() {
        CheckFailedError error = failure(checks("broken_upgrade")::assertUpgradeFromEmpty);

        assertThat(error.check()).isEqualTo("upgrade from empty");
        assertThat(error.revisions()).containsExactly("ccc333");
        assertThat(error.getMessage()).contains("ccc333_bad_up.sql", "no_such_table");
    }

    @Test
    void stairwayRejectsAnUpgradeThatBuildsAnotherSchemaTheSecondTime() {
        CheckFailedError error = failure(checks("data_dependent")::assertStairway);

        assertThat(error.revisions()).containsExactly("bbb222");
        assertThat(error.getMessage()).contains("gave a different schema than its first upgrade",
                "new: table public.later_run", "missing: table public.first_run");
    }

    @Test
    void assertAllReportsEveryFailingCheck() {
        Throwable thrown = catchThrowable(checks("leftover_table")::assertAll);

        assertThat(thrown).isInstanceOf(MultipleFailuresError.class);
        assertThat(((MultipleFailuresError) thrown).getFailures())
                .extracting(failure -> ((CheckFailedError) failure).check())
                .containsExactly("stairway", "clean downgrade");
    }
}
