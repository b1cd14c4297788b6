package io.migrations.internal.render;

import java.util.ArrayList;
import java.util.List;

/**
 * A Graphviz {@code dot} digraph of a {@link GraphView}: oldest at the bottom, solid {@code down_revision} edges,
 * dashed {@code depends_on} edges; state and marks in words on each node, and in fill, border and line style.
 */
final class DotRenderer {

    private DotRenderer() {
    }

    static String render(GraphView view) {
        StringBuilder out = new StringBuilder("digraph revisions {\n")
                .append("    rankdir=BT;\n")
                .append("    node [shape=box, fontname=\"Helvetica\", fontsize=11];\n")
                .append("    edge [color=\"#6b7280\"];\n");
        for (GraphView.Node node : view.nodes()) {
            List<String> lines = new ArrayList<>();
            lines.add(node.shortId() + (node.labels().isEmpty() ? "" : " " + NodeText.labels(node)));
            lines.add(NodeText.message(node));
            List<String> tags = NodeText.tags(node);
            if (!tags.isEmpty()) {
                lines.add(String.join(" · ", tags));
            }
            out.append("    ").append(quote(node.id())).append(" [label=")
                    .append(quote(String.join("\n", lines))).append(attributes(node)).append("];\n");
        }
        for (GraphView.Edge edge : view.edges()) {
            out.append("    ").append(quote(edge.from())).append(" -> ").append(quote(edge.to()))
                    .append(edge.kind() == EdgeKind.DEPENDS_ON ? " [style=dashed, color=\"#7c3aed\"]" : "")
                    .append(";\n");
        }
        return out.append("}\n").toString();
    }

    private static String attributes(GraphView.Node node) {
        String fill = "#ffffff";
        String color = "#4b5563";
        String style = "rounded,filled";
        switch (node.state()) {
            case APPLIED -> {
                fill = "#ecfdf3";
                color = "#15803d";
            }
            case PENDING -> {
                fill = "#fff7e6";
                color = "#b45309";
                style = "rounded,filled,dashed";
            }
            case NOT_APPLIED -> {
                color = "#9ca3af";
                style = "rounded,filled,dotted";
            }
            case NONE -> {
            }
        }
        String penwidth = node.current() ? "3.5" : node.marks().contains(Mark.HEAD) ? "2.5" : "1";
        return ", fillcolor=\"" + fill + "\", color=\"" + (node.current() ? "#1d4ed8" : color) + "\", style=\""
                + style + "\", penwidth=" + penwidth;
    }

    /** A DOT string: quotes and backslashes escaped, line breaks as {@code \n}. */
    private static String quote(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
    }
}
