package io.migrations.internal.render;

import io.migrations.internal.render.Drawing.Box;
import io.migrations.internal.render.Drawing.Point;
import io.migrations.internal.render.Drawing.Route;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Lays out a {@link GraphView} the Sugiyama way, in three steps: rows ({@link LayerAssignment}), order within rows
 * ({@link CrossingReduction}) and horizontal places ({@link CoordinateAssignment}); then boxes and edge routes in
 * pixels. The oldest revisions are at the bottom, the heads at the top, as {@code history} lists them. Computed once
 * per graph in Java; every picture (SVG, the HTML viewer, the console) draws these coordinates.
 */
public final class LayeredLayout {

    /** Width of a revision's box. */
    public static final double NODE_WIDTH = 264;
    /** Height of a revision's box. */
    public static final double NODE_HEIGHT = 64;
    private static final double ROW_GAP = 44;
    private static final double NODE_GAP = 36;
    private static final double DUMMY_WIDTH = 14;
    private static final double DUMMY_GAP = 10;
    private static final double MARGIN = 24;

    private LayeredLayout() {
    }

    /** Lays out every node and edge of {@code view}. */
    public static Drawing layout(GraphView view) {
        List<GraphView.Node> nodes = view.nodes();
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < nodes.size(); i++) {
            index.put(nodes.get(i).id(), i);
        }
        int[][] edges = view.edges().stream()
                .map(edge -> new int[] {index.get(edge.from()), index.get(edge.to())})
                .toArray(int[][]::new);
        int[] layer = LayerAssignment.layers(adjacency(nodes.size(), edges, 0), adjacency(nodes.size(), edges, 1));
        LayeredGraph graph = new LayeredGraph(layer, edges);
        int[][] rows = CrossingReduction.order(graph);
        double[] x = CoordinateAssignment.centres(graph,
                rows,
                (left, right) -> (width(graph, left) + width(graph, right)) / 2
                        + (graph.isDummy(left) || graph.isDummy(right) ? DUMMY_GAP : NODE_GAP),
                vertex -> width(graph, vertex));
        int top = Math.max(0, graph.layerCount() - 1);
        List<Box> boxes = new ArrayList<>(nodes.size());
        double width = 0;
        for (int node = 0; node < nodes.size(); node++) {
            Box box = new Box(MARGIN + x[node] - NODE_WIDTH / 2, rowTop(layer[node], top), NODE_WIDTH, NODE_HEIGHT,
                    layer[node]);
            boxes.add(box);
            width = Math.max(width, box.x() + box.width() + MARGIN);
        }
        List<Route> routes = new ArrayList<>(edges.length);
        for (int e = 0; e < edges.length; e++) {
            routes.add(route(graph, graph.chain(e), x, top));
        }
        double height = graph.layerCount() == 0 ? 2 * MARGIN : rowTop(0, top) + NODE_HEIGHT + MARGIN;
        return new Drawing(view, boxes, routes, Math.max(width, 2 * MARGIN), height);
    }

    private static double width(LayeredGraph graph, int vertex) {
        return graph.isDummy(vertex) ? DUMMY_WIDTH : NODE_WIDTH;
    }

    private static double rowTop(int layer, int top) {
        return MARGIN + (top - layer) * (NODE_HEIGHT + ROW_GAP);
    }

    /** Per node, the other ends of its edges: {@code end} 0 gives the sources (parents), 1 the targets (children). */
    private static int[][] adjacency(int size, int[][] edges, int end) {
        List<List<Integer>> lists = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            lists.add(new ArrayList<>(2));
        }
        for (int[] edge : edges) {
            lists.get(edge[1 - end]).add(edge[end]);
        }
        return lists.stream().map(list -> list.stream().mapToInt(Integer::intValue).toArray()).toArray(int[][]::new);
    }

    /**
     * From the top of the older box, straight through each row crossed, to the bottom of the newer box; curves with
     * vertical tangents between rows.
     */
    private static Route route(LayeredGraph graph, int[] chain, double[] x, int top) {
        List<Point> points = new ArrayList<>(2 * chain.length);
        points.add(new Point(MARGIN + x[chain[0]], rowTop(graph.layer(chain[0]), top)));
        for (int i = 1; i < chain.length - 1; i++) {
            double rowTop = rowTop(graph.layer(chain[i]), top);
            points.add(new Point(MARGIN + x[chain[i]], rowTop + NODE_HEIGHT));
            points.add(new Point(MARGIN + x[chain[i]], rowTop));
        }
        int last = chain[chain.length - 1];
        points.add(new Point(MARGIN + x[last], rowTop(graph.layer(last), top) + NODE_HEIGHT));
        StringBuilder path = new StringBuilder("M").append(number(points.get(0).x())).append(',')
                .append(number(points.get(0).y()));
        for (int i = 1; i < points.size(); i++) {
            Point from = points.get(i - 1);
            Point to = points.get(i);
            if (from.x() == to.x()) {
                path.append(" L").append(number(to.x())).append(',').append(number(to.y()));
            } else {
                String middle = number((from.y() + to.y()) / 2);
                path.append(" C").append(number(from.x())).append(',').append(middle).append(' ')
                        .append(number(to.x())).append(',').append(middle).append(' ')
                        .append(number(to.x())).append(',').append(number(to.y()));
            }
        }
        return new Route(points, path.toString());
    }

    /** A coordinate with at most one decimal, without a trailing {@code .0}. */
    static String number(double value) {
        long tenths = Math.round(value * 10);
        return tenths % 10 == 0 ? Long.toString(tenths / 10) : String.format(Locale.ROOT, "%.1f", tenths / 10.0);
    }
}
