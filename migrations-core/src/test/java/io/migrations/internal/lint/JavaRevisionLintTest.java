package io.migrations.internal.lint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.migrations.api.Finding;
import io.migrations.api.LintReport;
import io.migrations.api.Rule;
import io.migrations.internal.script.JavaRevisions;
import io.migrations.internal.script.Script;
import io.migrations.lint.fixtures.ConcurrentIndex;
import io.migrations.lint.fixtures.RiskyChanges;
import io.migrations.lint.fixtures.SafeChanges;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Java revisions are linted on the operations their classes record, with the same rules as SQL. */
class JavaRevisionLintTest {

    private static LintReport lint(Class<?> revisionClass) {
        Script script = JavaRevisions.load(revisionClass);
        return Linter.lint(List.of(script), List.of(script.id()), Linter.Scope.EACH_REVISION);
    }

    @Test
    void riskyOperationsAreFoundWithTheLinesThatRecordedThem() {
        LintReport report = lint(RiskyChanges.class);

        assertThat(report.active()).extracting(Finding::rule).containsExactly(
                Rule.NOT_NULL_COLUMN_WITHOUT_DEFAULT, Rule.VOLATILE_DEFAULT, Rule.COLUMN_TYPE_CHANGE,
                Rule.RENAME_COLUMN, Rule.SET_NOT_NULL_WITHOUT_CHECK, Rule.DROP_COLUMN, Rule.RENAME_TABLE,
                Rule.DROP_TABLE, Rule.INDEX_WITHOUT_CONCURRENTLY, Rule.CONSTRAINT_WITHOUT_NOT_VALID,
                Rule.CONSTRAINT_WITHOUT_NOT_VALID, Rule.MISSING_DOWNGRADE, Rule.BACKFILL_WITH_DDL);
        assertThat(report.active().get(0)).satisfies(finding -> {
            assertThat(finding.location()).isEqualTo(RiskyChanges.class.getName());
            assertThat(finding.line()).isEqualTo(20);
            assertThat(finding.message()).isEqualTo("column users.email is added NOT NULL without a default");
        });
        assertThat(report.active()).extracting(Finding::message).contains(
                "column users.token is added with the volatile default gen_random_uuid()",
                "column users.score changes its type to bigint",
                "check constraint ck_users_score on table users is added without NOT VALID",
                "UPDATE of table users runs in the same revision as the schema change on line 20",
                "revision d5d5d5d5d5d5 has an empty downgrade");
    }

    @Test
    void safeOperationsPassAndSuppressionsAreHonoured() {
        LintReport report = lint(SafeChanges.class);

        assertThat(report.active()).isEmpty();
        assertThat(report.suppressed()).extracting(Finding::rule, f -> f.suppression().orElseThrow().reason())
                .containsExactly(
                        tuple(Rule.DROP_TABLE, "archived to cold storage"),
                        tuple(Rule.MISSING_DOWNGRADE, "the archive cannot be restored"));
    }

    @Test
    void concurrentIndexWithoutIfNotExistsIsNotRerunnable() {
        LintReport report = lint(ConcurrentIndex.class);

        assertThat(report.active()).extracting(Finding::message)
                .containsExactly("index ix_users_name is created or dropped without IF [NOT] EXISTS");
    }
}
