package io.migrations.internal.lint;

import static org.assertj.core.api.Assertions.assertThat;

import io.migrations.api.FailOn;
import io.migrations.api.Finding;
import io.migrations.api.LintFormat;
import io.migrations.api.LintReport;
import io.migrations.api.Rule;
import io.migrations.api.Suppression;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code -- migrations:allow} comments silence one rule for one statement or a whole revision, and show up. */
class SuppressionTest {

    @TempDir
    Path folder;

    private SqlRevisions revisions;

    @BeforeEach
    void setUp() {
        revisions = new SqlRevisions(folder);
    }

    @Test
    void commentAboveAStatementAllowsItsRule() {
        revisions.add("-- Legacy data was archived first.\n"
                + "-- migrations:allow drop-table archived in OPS-42\n"
                + "DROP TABLE legacy;");

        LintReport report = revisions.lintLast();

        assertThat(report.active()).isEmpty();
        assertThat(report.suppressed()).singleElement().satisfies(finding -> {
            assertThat(finding.rule()).isEqualTo(Rule.DROP_TABLE);
            assertThat(finding.line()).isEqualTo(7);
            assertThat(finding.suppression()).hasValue(new Suppression("drop-table", "archived in OPS-42", 6, Suppression.Scope.STATEMENT));
        });
    }

    @Test
    void commentAfterAStatementOnItsLastLineAllowsIt() {
        revisions.add("ALTER TABLE users\n  DROP COLUMN legacy; -- migrations:allow drop-column unused since 2.3");

        LintReport report = revisions.lintLast();

        assertThat(report.active()).isEmpty();
        assertThat(report.suppressed()).extracting(f -> f.suppression().orElseThrow().reason())
                .containsExactly("unused since 2.3");
    }

    @Test
    void commentAllowsOnlyTheRuleItNames() {
        revisions.add("-- migrations:allow drop-column wrong rule\nDROP TABLE legacy;");

        assertThat(revisions.lintLast().active()).extracting(Finding::rule).containsExactly(Rule.DROP_TABLE);
    }

    @Test
    void commentAllowsOnlyTheStatementBelowIt() {
        revisions.add("-- migrations:allow drop-table archived\nDROP TABLE legacy;\n\nDROP TABLE other;");

        LintReport report = revisions.lintLast();

        assertThat(report.suppressed()).extracting(Finding::message).containsExactly("table legacy is dropped");
        assertThat(report.active()).extracting(Finding::message).containsExactly("table other is dropped");
    }

    @Test
    void commentInTheHeaderAllowsTheRuleForTheWholeRevision() {
        revisions.add("-- migrations:allow drop-table both archived\n-- migrations:allow missing-downgrade data is gone",
                "DROP TABLE legacy;\nDROP TABLE other;", null);

        LintReport report = revisions.lintLast();

        assertThat(report.active()).isEmpty();
        assertThat(report.suppressed()).extracting(Finding::rule)
                .containsExactly(Rule.DROP_TABLE, Rule.DROP_TABLE, Rule.MISSING_DOWNGRADE);
        assertThat(report.suppressed()).allSatisfy(f -> assertThat(f.suppression().orElseThrow().scope()).isEqualTo(Suppression.Scope.REVISION));
    }

    @Test
    void allowedFindingsAreReportedButNeverFail() {
        revisions.add("-- migrations:allow concurrently-in-transaction testing the report\n"
                + "CREATE INDEX CONCURRENTLY IF NOT EXISTS ix ON users (email);");

        LintReport report = revisions.lintLast();

        assertThat(FailOn.ERROR.fails(report)).isFalse();
        assertThat(LintFormat.text(report)).contains(": allowed [concurrently-in-transaction] a CONCURRENTLY "
                + "statement runs in a transactional revision (revision 00000000a000): testing the report");
        assertThat(LintFormat.json(report)).contains("\"allowed\": true, \"reason\": \"testing the report\"");
    }
}
