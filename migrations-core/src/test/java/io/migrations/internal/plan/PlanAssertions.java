package io.migrations.internal.plan;

import static org.assertj.core.api.Assertions.assertThat;

import io.migrations.internal.graph.RevisionGraph;
import java.util.Arrays;
import java.util.List;

/**
 * Table-driven checks in the oracle's format: {@code "upgrade|head|rows"} with rows comma-separated, answered as
 * {@code "upgrade|rev|from|to|ops;... => rows after"}, {@code "! => rows"} for an error; history questions
 * {@code "hist|range|current"} are answered by the revisions newest first. Expected values were produced by
 * real Alembic 1.8.1 on the same graphs.
 */
final class PlanAssertions {

    private final AlembicAnswers answers;

    PlanAssertions(RevisionGraph graph) {
        this.answers = new AlembicAnswers(graph);
    }

    PlanAssertions expect(String question, String expected) {
        String[] parts = question.split("\\|", -1);
        String kind = parts[0];
        List<String> fields = kind.equals("hist") ? List.of("hist", parts[1], parts[2])
                : List.of("cmd", kind, parts[1], parts[2]);
        assertThat(answers.answer(new OracleFixtures.Line(Arrays.asList(fields.toArray(String[]::new)))))
                .as(question).isEqualTo(expected);
        return this;
    }
}
