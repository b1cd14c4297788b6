package io.migrations.internal.render;

import static io.migrations.internal.render.LayeredLayout.number;

import java.util.ArrayList;
import java.util.List;

/**
 * A standalone SVG picture of a {@link Drawing}: one {@code <g class="mg-node …" data-id>} per revision with its short
 * id, labels, message and tags, one {@code <path class="mg-edge down_revision|depends_on">} per edge. Styles come from
 * the shared stylesheet, inlined, so the file shows the same anywhere.
 */
final class SvgRenderer {

    private SvgRenderer() {
    }

    static String render(Drawing drawing) {
        String width = number(drawing.width());
        String height = number(drawing.height());
        StringBuilder svg = new StringBuilder(256 + 600 * drawing.boxes().size());
        svg.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"mg-graph\" width=\"").append(width)
                .append("\" height=\"").append(height).append("\" viewBox=\"0 0 ").append(width).append(' ')
                .append(height).append("\" role=\"img\" aria-labelledby=\"mg-title\">\n")
                .append("<title id=\"mg-title\">").append(Xml.escape(title(drawing.view()))).append("</title>\n")
                .append("<style>\n").append(Assets.STYLESHEET.text()).append("</style>\n")
                .append("<defs><marker id=\"mg-arrow\" viewBox=\"0 0 10 10\" refX=\"9\" refY=\"5\" markerWidth=\"7\" ")
                .append("markerHeight=\"7\" orient=\"auto-start-reverse\"><path class=\"mg-arrowhead\" ")
                .append("d=\"M0,0 L10,5 L0,10 z\"/></marker></defs>\n")
                .append("<rect class=\"mg-background\" width=\"").append(width).append("\" height=\"").append(height)
                .append("\"/>\n<g class=\"mg-edges\">\n");
        GraphView view = drawing.view();
        for (int i = 0; i < view.edges().size(); i++) {
            GraphView.Edge edge = view.edges().get(i);
            svg.append("<path class=\"mg-edge ").append(edge.kind().key()).append("\" data-from=\"")
                    .append(Xml.escape(edge.from())).append("\" data-to=\"").append(Xml.escape(edge.to()))
                    .append("\" marker-end=\"url(#mg-arrow)\" d=\"").append(drawing.routes().get(i).path())
                    .append("\"/>\n");
        }
        svg.append("</g>\n<g class=\"mg-nodes\">\n");
        for (int i = 0; i < view.nodes().size(); i++) {
            node(view.nodes().get(i), drawing.boxes().get(i), svg);
        }
        return svg.append("</g>\n</svg>\n").toString();
    }

    /** The node's CSS classes: {@code mg-node}, its state, {@code current}, its marks. */
    static List<String> classes(GraphView.Node node) {
        List<String> classes = new ArrayList<>();
        classes.add("mg-node");
        if (node.state().key() != null) {
            classes.add(node.state().key());
        }
        if (node.current()) {
            classes.add("current");
        }
        node.orderedMarks().forEach(mark -> classes.add(mark.key()));
        return classes;
    }

    private static void node(GraphView.Node node, Drawing.Box box, StringBuilder svg) {
        svg.append("<g class=\"").append(String.join(" ", classes(node))).append("\" data-id=\"")
                .append(Xml.escape(node.id())).append("\" transform=\"translate(").append(number(box.x())).append(',')
                .append(number(box.y())).append(")\">")
                .append("<title>").append(Xml.escape(NodeText.description(node))).append("</title>")
                .append("<rect class=\"mg-box\" width=\"").append(number(box.width())).append("\" height=\"")
                .append(number(box.height())).append("\" rx=\"7\"/>");
        text(svg, "mg-id", NodeText.PAD, NodeText.ID_LINE, node.shortId());
        if (!node.labels().isEmpty()) {
            text(svg, "mg-labels", box.width() - NodeText.PAD, NodeText.ID_LINE, NodeText.labels(node));
        }
        text(svg, "mg-message", NodeText.PAD, NodeText.MESSAGE_LINE, NodeText.message(node));
        List<String> tags = NodeText.tags(node);
        if (!tags.isEmpty()) {
            text(svg, "mg-tags", NodeText.PAD, NodeText.TAGS_LINE, String.join(" · ", tags));
        }
        svg.append("</g>\n");
    }

    private static void text(StringBuilder svg, String cssClass, double x, double y, String text) {
        svg.append("<text class=\"").append(cssClass).append("\" x=\"").append(number(x)).append("\" y=\"")
                .append(number(y)).append("\">").append(Xml.escape(text)).append("</text>");
    }

    static String title(GraphView view) {
        long heads = view.nodes().stream().filter(node -> node.marks().contains(Mark.HEAD)).count();
        return "Revision graph: " + view.nodes().size() + " revision(s), " + heads + " head(s)";
    }
}
