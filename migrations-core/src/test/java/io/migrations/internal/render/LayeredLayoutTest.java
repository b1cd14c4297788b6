package io.migrations.internal.render;

import static io.migrations.internal.graph.Graphs.graph;
import static io.migrations.internal.graph.Graphs.rev;
import static org.assertj.core.api.Assertions.assertThat;

import io.migrations.api.Revision;
import io.migrations.internal.graph.RevisionGraph;
import io.migrations.testdb.RandomSeed;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The layered layout: rows, order within rows, places, routes. */
class LayeredLayoutTest {

    @Test
    void aChainIsOneStraightColumnWithTheHeadOnTop() {
        Drawing drawing = LayeredLayout.layout(GraphView.of(graph(rev("a"), rev("b", "a"), rev("c", "b"), rev("d", "c"))));

        assertThat(drawing.boxes()).extracting(Drawing.Box::x).containsOnly(drawing.boxes().get(0).x());
        assertThat(drawing.boxes()).extracting(Drawing.Box::layer).containsExactly(0, 1, 2, 3);
        assertThat(drawing.boxes()).extracting(Drawing.Box::y).isSortedAccordingTo((a, b) -> Double.compare(b, a));
        assertThat(drawing.routes()).allSatisfy(route -> assertThat(route.path()).doesNotContain("C"));
    }

    @Test
    void aForkAndItsMergeMakeASymmetricDiamond() {
        Drawing drawing = LayeredLayout.layout(GraphView.of(graph(rev("a"), rev("b", "a"), rev("c", "a"),
                rev("m", "b", "c"))));
        Map<String, Drawing.Box> boxes = boxes(drawing);

        assertThat(boxes.get("b").layer()).isEqualTo(boxes.get("c").layer());
        assertThat(boxes.get("b").centerX()).isLessThan(boxes.get("c").centerX());
        assertThat(boxes.get("a").centerX()).isEqualTo(boxes.get("m").centerX())
                .isEqualTo((boxes.get("b").centerX() + boxes.get("c").centerX()) / 2);
        assertThat(crossings(drawing)).isZero();
    }

    @Test
    void crossingReductionUntanglesBranchesLoadedInCrossingOrder() {
        // Rows as loaded: [b, c] then [d (child of c), e (child of b)], which crosses until reordered.
        Drawing drawing = LayeredLayout.layout(GraphView.of(graph(rev("a"), rev("b", "a"), rev("c", "a"),
                rev("d", "c"), rev("e", "b"), rev("f", "d"), rev("g", "e"))));

        assertThat(crossings(drawing)).isZero();
    }

    @Test
    void aSecondBaseSitsJustBelowItsFirstChild() {
        Drawing drawing = LayeredLayout.layout(GraphView.of(graph(rev("a"), rev("b", "a"), rev("c", "b"),
                rev("d", "c"), rev("x"), rev("m", "d", "x"))));
        Map<String, Drawing.Box> boxes = boxes(drawing);

        assertThat(boxes.get("x").layer()).isEqualTo(boxes.get("m").layer() - 1);
    }

    @Test
    void longEdgesRunThroughTheRowsTheyCross() {
        Drawing drawing = LayeredLayout.layout(GraphView.of(graph(rev("a"), rev("b", "a"), rev("c", "b"),
                rev("d", "c").dependsOn("a"))));
        int dependency = indexOfEdge(drawing, "a", "d");

        // Parent anchor, two points for each of the two rows crossed, child anchor.
        assertThat(drawing.routes().get(dependency).points()).hasSize(6);
        assertThat(drawing.view().edges().get(dependency).kind()).isEqualTo(EdgeKind.DEPENDS_ON);
    }

    @Test
    void randomGraphsKeepTheLayoutsPromises() {
        long base = RandomSeed.of("layout.seed", "Layouts of 25 random graphs, seeds counting up from this one");
        for (long seed = base; seed < base + 25; seed++) {
            RevisionGraph graph = RevisionGraph.of(randomRevisions(new Random(seed), 80));
            Drawing drawing = LayeredLayout.layout(GraphView.of(graph));
            Map<String, Drawing.Box> boxes = boxes(drawing);
            String context = "seed " + seed + " (rerun with -Dlayout.seed=" + seed + ")";

            for (GraphView.Edge edge : drawing.view().edges()) {
                assertThat(boxes.get(edge.from()).layer()).as(context + ": edge " + edge)
                        .isLessThan(boxes.get(edge.to()).layer());
            }
            Map<Integer, List<Drawing.Box>> rows = new HashMap<>();
            boxes.values().forEach(box -> rows.computeIfAbsent(box.layer(), k -> new ArrayList<>()).add(box));
            rows.values().forEach(row -> {
                row.sort((a, b) -> Double.compare(a.x(), b.x()));
                for (int i = 1; i < row.size(); i++) {
                    assertThat(row.get(i).x()).as(context + ": boxes of a row do not overlap")
                            .isGreaterThanOrEqualTo(row.get(i - 1).x() + row.get(i - 1).width());
                }
            });
            assertThat(drawing.boxes()).allSatisfy(box -> {
                assertThat(box.x()).as(context).isGreaterThanOrEqualTo(0);
                assertThat(box.x() + box.width()).as(context).isLessThanOrEqualTo(drawing.width());
                assertThat(box.y() + box.height()).as(context).isLessThanOrEqualTo(drawing.height());
            });
            assertThat(LayeredLayout.layout(GraphView.of(graph))).as(context + ": same input, same picture")
                    .isEqualTo(drawing);
        }
    }

    @Test
    void crossingsAreCountedBetweenNeighbouringRows() {
        // Two links from [p, q] to [s, r] with p->r, q->s cross once; p->s, q->r do not.
        LayeredGraph crossed = new LayeredGraph(new int[] {0, 0, 1, 1}, new int[][] {{0, 3}, {1, 2}});
        LayeredGraph straight = new LayeredGraph(new int[] {0, 0, 1, 1}, new int[][] {{0, 2}, {1, 3}});
        int[][] rows = {{0, 1}, {2, 3}};
        int[] position = {0, 1, 0, 1};

        assertThat(CrossingReduction.crossings(crossed, rows, position)).isEqualTo(1);
        assertThat(CrossingReduction.crossings(straight, rows, position)).isZero();
    }

    /** Revisions with random parents among earlier ones: merges, forks, several bases, dependencies. */
    static List<Revision> randomRevisions(Random random, int size) {
        List<Revision> revisions = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            List<String> parents = new ArrayList<>();
            if (i > 0 && random.nextInt(12) != 0) {
                parents.add(revisions.get(Math.max(0, i - 1 - random.nextInt(Math.min(i, 4)))).id());
                if (random.nextInt(6) == 0) {
                    String other = revisions.get(random.nextInt(i)).id();
                    if (!parents.contains(other)) {
                        parents.add(other);
                    }
                }
            }
            List<String> dependsOn = i > 2 && random.nextInt(10) == 0
                    ? List.of(revisions.get(random.nextInt(i - 1)).id()) : List.of();
            String id = String.format("r%03d", i);
            revisions.add(new Revision(id, parents, List.of(), dependsOn, "revision " + i, "", id));
        }
        return removeRedundantMerges(revisions);
    }

    /** A merge whose parents descend from one another is invalid in Alembic; keep only the first parent there. */
    private static List<Revision> removeRedundantMerges(List<Revision> revisions) {
        List<Revision> valid = new ArrayList<>();
        for (Revision revision : revisions) {
            Revision kept = revision;
            if (revision.downRevisions().size() > 1) {
                try {
                    List<Revision> attempt = new ArrayList<>(valid);
                    attempt.add(revision);
                    RevisionGraph.of(attempt);
                } catch (RuntimeException e) {
                    kept = new Revision(revision.id(), List.of(revision.downRevisions().get(0)), List.of(),
                            revision.dependsOn(), revision.message(), "", revision.id());
                }
            }
            valid.add(kept);
        }
        return valid;
    }

    static Map<String, Drawing.Box> boxes(Drawing drawing) {
        Map<String, Drawing.Box> boxes = new HashMap<>();
        for (int i = 0; i < drawing.boxes().size(); i++) {
            boxes.put(drawing.view().nodes().get(i).id(), drawing.boxes().get(i));
        }
        return boxes;
    }

    private static int indexOfEdge(Drawing drawing, String from, String to) {
        List<GraphView.Edge> edges = drawing.view().edges();
        for (int i = 0; i < edges.size(); i++) {
            if (edges.get(i).from().equals(from) && edges.get(i).to().equals(to)) {
                return i;
            }
        }
        throw new AssertionError("no edge " + from + " -> " + to);
    }

    /** Crossings of edges between neighbouring rows, counted from the drawn places of their ends. */
    private static int crossings(Drawing drawing) {
        Map<String, Drawing.Box> boxes = boxes(drawing);
        List<GraphView.Edge> edges = drawing.view().edges();
        int count = 0;
        for (int i = 0; i < edges.size(); i++) {
            for (int j = i + 1; j < edges.size(); j++) {
                Drawing.Box a1 = boxes.get(edges.get(i).from());
                Drawing.Box a2 = boxes.get(edges.get(i).to());
                Drawing.Box b1 = boxes.get(edges.get(j).from());
                Drawing.Box b2 = boxes.get(edges.get(j).to());
                if (a1.layer() == b1.layer() && a2.layer() == b2.layer()
                        && Math.signum(a1.centerX() - b1.centerX()) * Math.signum(a2.centerX() - b2.centerX()) < 0) {
                    count++;
                }
            }
        }
        return count;
    }
}
