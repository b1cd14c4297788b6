package io.migrations.internal.graph;

import static org.assertj.core.api.Assertions.assertThat;

import io.migrations.api.Direction;
import io.migrations.api.Revision;
import io.migrations.internal.plan.Planner;
import io.migrations.internal.plan.Step;
import io.migrations.internal.plan.VersionOp;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Long histories must load and plan without deep recursion or quadratic walks: a 100,000-revision line, and
 * 100 parallel branches of 1,000 revisions merged at the end.
 */
class LargeGraphTest {

    private static final int LENGTH = 100_000;

    @Test
    void longLineLoadsAndPlansBothWays() {
        List<Revision> line = new ArrayList<>(LENGTH);
        line.add(Revision.of("r0"));
        for (int i = 1; i < LENGTH; i++) {
            line.add(Revision.of("r" + i, "r" + (i - 1)));
        }
        RevisionGraph graph = RevisionGraph.of(line);
        assertThat(graph.heads()).containsExactly("r" + (LENGTH - 1));

        Planner planner = new Planner(graph);
        List<Step> up = planner.upgrade(List.of(), "head");
        assertThat(up).hasSize(LENGTH);
        assertThat(up.get(0).versionOps()).containsExactly(new VersionOp.Insert("r0"));
        assertThat(up.get(LENGTH - 1).versionOps())
                .containsExactly(new VersionOp.Update("r" + (LENGTH - 2), "r" + (LENGTH - 1)));

        List<Step> down = planner.downgrade(List.of("r" + (LENGTH - 1)), "base");
        assertThat(down).hasSize(LENGTH).allMatch(step -> step.direction() == Direction.DOWNGRADE);
        assertThat(down.get(LENGTH - 1).versionOps()).containsExactly(new VersionOp.Delete("r0"));
        assertThat(new RevisionIterator(graph).history("base", "heads")).hasSize(LENGTH)
                .startsWith("r" + (LENGTH - 1)).endsWith("r0");
    }

    @Test
    void manyBranchesMergedAtTheEnd() {
        int branches = 100;
        int length = 1_000;
        List<Revision> revisions = new ArrayList<>();
        revisions.add(Revision.of("root"));
        String[] tips = new String[branches];
        for (int b = 0; b < branches; b++) {
            String previous = "root";
            for (int i = 0; i < length; i++) {
                String id = "b" + b + "_" + i;
                revisions.add(Revision.of(id, previous));
                previous = id;
            }
            tips[b] = previous;
        }
        revisions.add(Revision.of("merge", tips));
        RevisionGraph graph = RevisionGraph.of(revisions);

        List<Step> up = new Planner(graph).upgrade(List.of(), "head");
        assertThat(up).hasSize(branches * length + 2);
        Step merge = up.get(up.size() - 1);
        assertThat(merge.versionOps()).hasSize(branches)
                .last().isEqualTo(new VersionOp.Update(tips[branches - 1], "merge"));
        assertThat(new Planner(graph).downgrade(List.of("merge"), "root")).hasSize(branches * length + 1);
    }
}
