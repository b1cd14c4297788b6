package io.migrations.internal.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.migrations.api.Revision;
import io.migrations.api.TargetException;
import io.migrations.internal.graph.RevisionGraph;
import io.migrations.internal.graph.RevisionIterator;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Whatever Alembic's tie-breaking, orders must be valid partial orders: on every random oracle graph, upgrading
 * an empty database to {@code heads} runs each revision once, after its parents and dependencies, and
 * downgrading the real heads to base undoes each once, before them. Where the version rows can be maintained
 * the upgrade leaves exactly the real heads and the downgrade nothing; Alembic's row bookkeeping breaks (as the
 * oracle confirms) only on graphs with depends_on.
 */
class OrderingPropertiesTest {

    @TestFactory
    Stream<DynamicTest> upgradeAndDowngradeRespectDependencies() {
        return OracleFixtures.load().stream().map(c -> DynamicTest.dynamicTest("graph " + c.seed(), () -> {
            RevisionGraph graph = RevisionGraph.of(c.revisions());
            RevisionIterator iterator = new RevisionIterator(graph);
            assertRespects(graph, iterator.upgrade(List.of(), "heads"), true);
            assertRespects(graph, iterator.downgrade(graph.realHeads(), "base"), false);

            Throwable failure = catchThrowable(() -> assertRowsRoundTrip(graph));
            if (failure != null) {
                assertThat(failure).isInstanceOf(TargetException.class)
                        .hasMessageContaining("The version table cannot follow this plan");
                assertThat(c.revisions()).anyMatch(revision -> !revision.dependsOn().isEmpty());
            }
        }));
    }

    private static void assertRowsRoundTrip(RevisionGraph graph) {
        Planner planner = new Planner(graph);
        List<String> rows = rowsAfter(List.of(), planner.upgrade(List.of(), "heads"));
        assertThat(rows).containsExactlyInAnyOrderElementsOf(graph.realHeads());
        assertThat(rowsAfter(rows, planner.downgrade(rows, "base"))).isEmpty();
    }

    private static void assertRespects(RevisionGraph graph, List<String> order, boolean upgrade) {
        Map<String, Integer> position = new HashMap<>();
        for (int i = 0; i < order.size(); i++) {
            assertThat(position.put(order.get(i), i)).as("%s runs once", order.get(i)).isNull();
        }
        assertThat(position.keySet()).containsExactlyInAnyOrderElementsOf(graph.revisions().stream()
                .map(Revision::id).toList());
        for (String id : position.keySet()) {
            for (String parent : graph.normalizedParents(id)) {
                assertThat(position.get(parent) < position.get(id)).as("%s vs parent %s", id, parent)
                        .isEqualTo(upgrade);
            }
        }
    }

    private static List<String> rowsAfter(List<String> rows, List<Step> steps) {
        List<String> after = new ArrayList<>(rows);
        steps.forEach(step -> VersionRows.apply(after, step.versionOps()));
        return after;
    }
}
