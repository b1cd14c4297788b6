package io.migrations.internal.render;

import java.util.List;

/**
 * A {@link GraphView} laid out: a box per node and a route per edge, in the view's order, in pixels with the origin
 * at the top left. Newer revisions are higher up; each layer is a row.
 *
 * @param view   what is drawn
 * @param boxes  one per node of the view, same order
 * @param routes one per edge of the view, same order
 * @param width  width of the whole picture
 * @param height height of the whole picture
 */
public record Drawing(GraphView view, List<Box> boxes, List<Route> routes, double width, double height) {

    public Drawing {
        boxes = List.copyOf(boxes);
        routes = List.copyOf(routes);
        if (boxes.size() != view.nodes().size() || routes.size() != view.edges().size()) {
            throw new IllegalArgumentException("a drawing needs one box per node and one route per edge");
        }
    }

    /**
     * The same layout for {@code states}: the same nodes and edges with other states, e.g. read from the database
     * later. Layouts depend on the graph only, so one layout serves every state.
     *
     * @throws IllegalArgumentException when {@code states} has other nodes or edges
     */
    public Drawing restate(GraphView states) {
        if (!states.edges().equals(view.edges()) || !states.ids().equals(view.ids())) {
            throw new IllegalArgumentException("a layout can only be reused for the same nodes and edges");
        }
        return new Drawing(states, boxes, routes, width, height);
    }

    /**
     * Where a node is drawn.
     *
     * @param x      left edge
     * @param y      top edge
     * @param width  width
     * @param height height
     * @param layer  its row, counted from the oldest (0)
     */
    public record Box(double x, double y, double width, double height, int layer) {

        /** Horizontal centre. */
        public double centerX() {
            return x + width / 2;
        }
    }

    /** A point of a route. */
    public record Point(double x, double y) {
    }

    /**
     * How an edge runs: from the parent's top through the rows between to the child's bottom.
     *
     * @param points the parent's anchor, one point per row crossed, the child's anchor
     * @param path   the same as SVG path data, with curves between rows
     */
    public record Route(List<Point> points, String path) {

        public Route {
            points = List.copyOf(points);
        }
    }
}
