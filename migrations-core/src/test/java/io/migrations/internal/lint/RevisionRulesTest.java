package io.migrations.internal.lint;

import static org.assertj.core.api.Assertions.assertThat;

import io.migrations.api.Finding;
import io.migrations.api.LintReport;
import io.migrations.api.Rule;
import io.migrations.internal.script.Script;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Rules about a revision as a whole, and what the lint knows across statements and revisions. */
class RevisionRulesTest {

    @TempDir
    Path folder;

    private SqlRevisions revisions;

    @BeforeEach
    void setUp() {
        revisions = new SqlRevisions(folder);
    }

    @Test
    void revisionWithoutDowngradeIsReported() {
        revisions.add("", "CREATE TABLE audit (id bigint);", null);

        assertThat(revisions.lintLast().active()).singleElement().satisfies(finding -> {
            assertThat(finding.rule()).isEqualTo(Rule.MISSING_DOWNGRADE);
            assertThat(finding.message()).isEqualTo("revision 00000000a000 has no downgrade");
            assertThat(finding.line()).isZero();
        });
    }

    @Test
    void emptyDowngradeIsReported() {
        revisions.add("", "CREATE TABLE audit (id bigint);", "");

        assertThat(revisions.lintLast().active()).extracting(Finding::message)
                .containsExactly("revision 00000000a000 has an empty downgrade");
    }

    @Test
    void emptyDowngradeOfANoOpUpgradeSuchAsAMergeIsRight() {
        revisions.add("", "SELECT 1;", "");

        assertThat(revisions.lintLast().findings()).isEmpty();
    }

    @Test
    void revisionWithDowngradeIsClean() {
        revisions.add("", "CREATE TABLE audit (id bigint);", "DROP TABLE audit;");

        assertThat(revisions.lintLast().findings()).isEmpty();
    }

    @Test
    void downgradeIsOnlyCheckedForWhatPostgresRefuses() {
        revisions.add("", "CREATE TABLE audit (id bigint);",
                "DROP INDEX CONCURRENTLY IF EXISTS ix_audit;\nDROP TABLE audit;");

        assertThat(revisions.lintLast().active()).singleElement().satisfies(finding -> {
            assertThat(finding.rule()).isEqualTo(Rule.CONCURRENTLY_IN_TRANSACTION);
            assertThat(finding.line()).isEqualTo(8);
        });
    }

    @Test
    void idempotenceIsNotAskedOfTransactionalRevisions() {
        revisions.add("CREATE TABLE audit (id bigint);\nCREATE SEQUENCE audit_seq;\nDROP TABLE audit;");

        assertThat(revisions.lintLast().findings()).extracting(Finding::rule).doesNotContain(Rule.MISSING_IF_EXISTS);
    }

    @Test
    void everyUnguardedCreateOrDropOfANonTransactionalRevisionIsNamed() {
        revisions.add("-- transactional: false", "CREATE TABLE IF NOT EXISTS audit (id bigint);\n"
                + "CREATE SEQUENCE audit_seq;\nDROP INDEX CONCURRENTLY ix_old;\n"
                + "ALTER TABLE audit ADD COLUMN note text;\nCREATE OR REPLACE VIEW v AS SELECT 1;", "SELECT 1;");

        assertThat(revisions.lintLast().active()).filteredOn(f -> f.rule() == Rule.MISSING_IF_EXISTS)
                .extracting(Finding::message)
                .containsExactly("sequence audit_seq is created or dropped without IF [NOT] EXISTS",
                        "index ix_old is created or dropped without IF [NOT] EXISTS",
                        "column audit.note is created or dropped without IF [NOT] EXISTS");
    }

    @Test
    void insertingLiteralRowsNextToDdlIsNoBackfill() {
        revisions.add("CREATE TABLE plans (name text);\nINSERT INTO plans (name) VALUES ('free'), ('pro');");

        assertThat(revisions.lintLast().findings()).isEmpty();
    }

    @Test
    void insertFromSelectNextToDdlIsABackfill() {
        revisions.add("CREATE TABLE plans (name text);\nINSERT INTO plans (name) SELECT DISTINCT plan FROM users;");

        assertThat(revisions.lintLast().active()).extracting(Finding::message)
                .containsExactly("INSERT of table plans runs in the same revision as the schema change on line 5");
    }

    @Test
    void tablesCreatedInTheSameRevisionAreNew() {
        revisions.add("CREATE TABLE events (id bigint, kind text);\n"
                + "ALTER TABLE events ADD COLUMN at timestamptz NOT NULL;\n"
                + "ALTER TABLE events ALTER COLUMN kind TYPE varchar(20);\n"
                + "ALTER TABLE events ADD CONSTRAINT ck_kind CHECK (kind <> '');\n"
                + "ALTER TABLE events ALTER COLUMN kind SET NOT NULL;\n"
                + "CREATE INDEX ix_events_at ON events (at);");

        assertThat(revisions.lintLast().findings()).isEmpty();
    }

    @Test
    void aTableFromAnEarlierRevisionIsExistingWhenEachRevisionIsLintedOnItsOwn() {
        revisions.add("CREATE TABLE events (id bigint);");
        revisions.add("CREATE INDEX ix_events_id ON events (id);");

        assertThat(revisions.lintLast().active()).extracting(Finding::rule)
                .containsExactly(Rule.INDEX_WITHOUT_CONCURRENTLY);
    }

    @Test
    void aTableCreatedEarlierInTheSamePlanIsNew() {
        Script applied = revisions.add("CREATE TABLE users (id bigint);");
        Script create = revisions.add("CREATE TABLE events (id bigint);");
        Script index = revisions.add("CREATE INDEX ix_events_id ON events (id);\nCREATE INDEX ix_users_id ON users (id);");

        LintReport report = Linter.lint(revisions.all(), List.of(create.id(), index.id()), Linter.Scope.ONE_PLAN);

        assertThat(report.revisions()).isEqualTo(2);
        assertThat(report.active()).extracting(Finding::message)
                .containsExactly("index ix_users_id is built on table users without CONCURRENTLY");
        assertThat(applied.id()).isNotIn(report.findings().stream().map(Finding::revision).toList());
    }

    @Test
    void checkValidatedInEarlierRevisionsMakesSetNotNullSafe() {
        revisions.add("ALTER TABLE users ADD CONSTRAINT users_email_nn CHECK (email IS NOT NULL) NOT VALID;");
        revisions.add("-- transactional: false", "ALTER TABLE users VALIDATE CONSTRAINT users_email_nn;", "SELECT 1;");
        revisions.add("ALTER TABLE users ALTER COLUMN email SET NOT NULL;");

        assertThat(revisions.lintLast().findings()).isEmpty();
    }

    @Test
    void unvalidatedCheckDoesNotMakeSetNotNullSafe() {
        revisions.add("ALTER TABLE users ADD CONSTRAINT users_email_nn CHECK (email IS NOT NULL) NOT VALID;");
        revisions.add("ALTER TABLE users ALTER COLUMN email SET NOT NULL;");

        assertThat(revisions.lintLast().active()).extracting(Finding::rule)
                .containsExactly(Rule.SET_NOT_NULL_WITHOUT_CHECK);
    }

    @Test
    void wordsInsideStringsCommentsAndDollarQuotesAreNotKeywords() {
        revisions.add("COMMENT ON TABLE users IS 'we DROP TABLE nothing here';\n"
                + "/* ALTER TABLE users DROP COLUMN x */ SELECT 1;\n"
                + "CREATE FUNCTION f() RETURNS void LANGUAGE sql AS $body$ UPDATE users SET a = 1 $body$;");

        assertThat(revisions.lintLast().findings()).isEmpty();
    }
}
