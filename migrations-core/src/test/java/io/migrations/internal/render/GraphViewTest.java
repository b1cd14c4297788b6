package io.migrations.internal.render;

import static io.migrations.internal.graph.Graphs.graph;
import static io.migrations.internal.graph.Graphs.rev;
import static org.assertj.core.api.Assertions.assertThat;

import io.migrations.internal.graph.RevisionGraph;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** What a picture shows: nodes, edges, marks, states and the --since cut. */
class GraphViewTest {

    /** a -> (b, c[label orders]) -> m (merge); e depends on b; a second head x after a. */
    private final RevisionGraph graph = graph(rev("a"), rev("b", "a"), rev("c", "a").labels("orders"),
            rev("m", "b", "c"), rev("e").dependsOn("b"), rev("x", "m"));

    @Test
    void marksHeadsMergesBranchPointsAndBases() {
        Map<String, GraphView.Node> nodes = nodes(GraphView.of(graph));

        assertThat(nodes.get("a").marks()).containsExactlyInAnyOrder(Mark.BRANCH_POINT, Mark.BASE);
        assertThat(nodes.get("m").marks()).containsExactly(Mark.MERGE);
        assertThat(nodes.get("x").marks()).containsExactly(Mark.HEAD);
        assertThat(nodes.get("e").marks()).containsExactlyInAnyOrder(Mark.HEAD, Mark.BASE);
        assertThat(nodes.get("c").labels()).containsExactly("orders");
        assertThat(nodes.get("m").labels()).as("inherited labels are not repeated on every node").isEmpty();
        assertThat(nodes.values()).allSatisfy(node -> assertThat(node.state()).isEqualTo(State.NONE));
    }

    @Test
    void edgesAreDownRevisionsAndDependencies() {
        GraphView view = GraphView.of(graph);

        assertThat(view.edges()).containsExactly(
                new GraphView.Edge("a", "b", EdgeKind.DOWN_REVISION),
                new GraphView.Edge("a", "c", EdgeKind.DOWN_REVISION),
                new GraphView.Edge("b", "m", EdgeKind.DOWN_REVISION),
                new GraphView.Edge("c", "m", EdgeKind.DOWN_REVISION),
                new GraphView.Edge("b", "e", EdgeKind.DEPENDS_ON),
                new GraphView.Edge("m", "x", EdgeKind.DOWN_REVISION));
    }

    @Test
    void aDatabaseMarksCurrentAppliedAndPending() {
        DatabaseState state = DatabaseState.of(graph, List.of("b", "unknown_rev"), List.of("c", "m", "x"));
        Map<String, GraphView.Node> nodes = nodes(GraphView.of(graph, Optional.of(state), List.of()));

        assertThat(nodes.get("a").state()).isEqualTo(State.APPLIED);
        assertThat(nodes.get("b").state()).isEqualTo(State.APPLIED);
        assertThat(nodes.get("b").current()).isTrue();
        assertThat(nodes.get("a").current()).isFalse();
        assertThat(nodes.get("c").state()).isEqualTo(State.PENDING);
        assertThat(nodes.get("e").state()).isEqualTo(State.NOT_APPLIED);
        assertThat(NodeText.tags(nodes.get("b"))).containsExactly("current", "applied");
        assertThat(NodeText.tags(nodes.get("x"))).containsExactly("pending", "head");
    }

    @Test
    void sinceKeepsARevisionAndWhatFollowsAndMarksTheCut() {
        GraphView view = GraphView.of(graph, Optional.empty(), List.of("c"));

        assertThat(view.nodes()).extracting(GraphView.Node::id).containsExactly("c", "m", "x");
        assertThat(view.edges()).containsExactly(new GraphView.Edge("c", "m", EdgeKind.DOWN_REVISION),
                new GraphView.Edge("m", "x", EdgeKind.DOWN_REVISION));
        assertThat(nodes(view).get("c").marks()).contains(Mark.CUT);
        assertThat(nodes(view).get("m").marks()).as("m's other parent b is hidden").contains(Mark.CUT);
        assertThat(nodes(view).get("m").parents()).containsExactly("b", "c");
    }

    @Test
    void aLayoutServesEveryStateOfTheSameGraph() {
        Drawing plain = LayeredLayout.layout(GraphView.of(graph));
        GraphView withState = GraphView.of(graph, Optional.of(DatabaseState.of(graph, List.of("a"), List.of("b"))),
                List.of());

        assertThat(plain.restate(withState)).isEqualTo(LayeredLayout.layout(withState));
        assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> plain.restate(
                GraphView.of(graph, Optional.empty(), List.of("c"))))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void longIdsShortenToAUniquePrefix() {
        RevisionGraph longIds = graph(rev("create_users_table_0001"), rev("create_users_table_0002", "create_users_table_0001"),
                rev("ae1027a6acf0"));
        Map<String, GraphView.Node> nodes = nodes(GraphView.of(longIds));

        assertThat(nodes.get("create_users_table_0001").shortId()).isEqualTo("create_users_table_0001");
        assertThat(nodes.get("ae1027a6acf0").shortId()).isEqualTo("ae1027a6acf0");
        assertThat(new ShortIds(List.of("abcdefghijklmnop", "abcdefghijkXmnop"), 12).of("abcdefghijklmnop"))
                .isEqualTo("abcdefghijkl…");
    }

    private static Map<String, GraphView.Node> nodes(GraphView view) {
        return view.nodes().stream().collect(Collectors.toMap(GraphView.Node::id, Function.identity()));
    }
}
