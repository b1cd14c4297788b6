package io.migrations.internal.lint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.migrations.api.FailOn;
import io.migrations.api.Finding;
import io.migrations.api.LintFailedException;
import io.migrations.api.LintFormat;
import io.migrations.api.LintReport;
import io.migrations.api.Rule;
import io.migrations.api.Severity;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Thresholds, text and JSON output of a lint report. */
class ReportTest {

    private static final Finding ERROR = new Finding(Rule.NOT_NULL_COLUMN_WITHOUT_DEFAULT, "a1", "db/a1_x.sql", 7,
            "column users.email is added NOT NULL without a default", Optional.empty());
    private static final Finding WARNING = new Finding(Rule.DROP_TABLE, "a1", "db/a1_x.sql", 0,
            "table \"Old\" is dropped", Optional.empty());

    @Test
    void failOnComparesTheWorstActiveFinding() {
        LintReport warningsOnly = new LintReport(1, List.of(WARNING));
        LintReport withError = new LintReport(1, List.of(WARNING, ERROR));

        assertThat(FailOn.ERROR.fails(warningsOnly)).isFalse();
        assertThat(FailOn.WARNING.fails(warningsOnly)).isTrue();
        assertThat(FailOn.ERROR.fails(withError)).isTrue();
        assertThat(FailOn.NEVER.fails(withError)).isFalse();
        assertThat(withError.worst()).hasValue(Severity.ERROR);
        assertThat(new LintReport(0, List.of()).worst()).isEmpty();
    }

    @Test
    void failOnParsesItsThreeValues() {
        assertThat(FailOn.parse(" Warning ")).isEqualTo(FailOn.WARNING);
        assertThat(FailOn.parse("never")).isEqualTo(FailOn.NEVER);
        assertThatThrownBy(() -> FailOn.parse("info"))
                .hasMessage("fail-on must be error, warning or never, got 'info'");
    }

    @Test
    void textNamesPlaceRuleMessageAndFix() {
        String text = LintFormat.text(new LintReport(1, List.of(ERROR)));

        assertThat(text).isEqualTo("db/a1_x.sql:7: error [not-null-column-without-default] column users.email is "
                + "added NOT NULL without a default (revision a1)\n"
                + "    why: " + Rule.NOT_NULL_COLUMN_WITHOUT_DEFAULT.problem() + "\n"
                + "    fix: " + Rule.NOT_NULL_COLUMN_WITHOUT_DEFAULT.fix() + "\n"
                + "Linted 1 revision: 1 error(s), 0 warning(s), 0 allowed.\n");
    }

    @Test
    void jsonEscapesAndCounts() {
        String json = LintFormat.json(new LintReport(2, List.of(WARNING)));

        assertThat(json).startsWith("{\n  \"revisions\": 2,\n  \"errors\": 0,\n  \"warnings\": 1,\n  \"allowed\": 0,")
                .contains("{\"rule\": \"drop-table\", \"severity\": \"warning\", \"revision\": \"a1\", "
                        + "\"location\": \"db/a1_x.sql\", \"line\": 0, \"message\": \"table \\\"Old\\\" is dropped\"")
                .contains("\"allowed\": false}");
        assertThat(LintFormat.json(new LintReport(0, List.of()))).endsWith("\"findings\": []\n}\n");
    }

    @Test
    void failureMessageCarriesTheReport() {
        LintReport report = new LintReport(1, List.of(ERROR));

        LintFailedException failure = new LintFailedException(report, FailOn.ERROR);

        assertThat(failure.getMessage()).startsWith("Lint found 1 problem(s), failing on error:\n")
                .contains("[not-null-column-without-default]")
                .endsWith("or silence one with '-- migrations:allow <rule> <reason>'.");
        assertThat(failure.isUserError()).isTrue();
        assertThat(failure.report()).isSameAs(report);
    }

    @Test
    void everyRuleIdIsUniqueAndFoundById() {
        for (Rule rule : Rule.values()) {
            assertThat(Rule.byId(rule.id())).hasValue(rule);
        }
        assertThat(Rule.byId("no-such-rule")).isEmpty();
    }
}
