package io.migrations.internal.render;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A Mermaid flowchart of a {@link GraphView}, for Markdown documents and pull requests: oldest at the bottom,
 * {@code -->} for {@code down_revision}, {@code -.->} for {@code depends_on}, tags in words on each node and classes
 * for state and marks.
 */
final class MermaidRenderer {

    private static final Map<String, String> STYLES = styles();

    private MermaidRenderer() {
    }

    static String render(GraphView view) {
        StringBuilder out = new StringBuilder("flowchart BT\n");
        Map<String, List<String>> classes = new LinkedHashMap<>();
        for (GraphView.Node node : view.nodes()) {
            StringBuilder label = new StringBuilder(escape(node.shortId()));
            if (!node.labels().isEmpty()) {
                label.append(' ').append(escape(NodeText.labels(node)));
            }
            label.append("<br/>").append(escape(NodeText.message(node)));
            List<String> tags = NodeText.tags(node);
            if (!tags.isEmpty()) {
                label.append("<br/>").append(escape(String.join(" · ", tags)));
            }
            out.append("    ").append(name(node.id())).append("[\"").append(label).append("\"]\n");
            SvgRenderer.classes(node).stream().filter(STYLES::containsKey)
                    .forEach(css -> classes.computeIfAbsent(css, k -> new ArrayList<>()).add(name(node.id())));
        }
        for (GraphView.Edge edge : view.edges()) {
            out.append("    ").append(name(edge.from()))
                    .append(edge.kind() == EdgeKind.DEPENDS_ON ? " -.-> " : " --> ").append(name(edge.to())).append('\n');
        }
        classes.forEach((css, nodes) -> out.append("    classDef ").append(css).append(' ').append(STYLES.get(css))
                .append("\n    class ").append(String.join(",", nodes)).append(' ').append(css).append('\n'));
        return out.toString();
    }

    /** Revision ids are letters, digits and underscores; the prefix keeps words such as {@code end} from being keywords. */
    private static String name(String id) {
        return "r_" + id;
    }

    private static String escape(String text) {
        return text.replace("&", "#amp;").replace("\"", "#quot;").replace("<", "#lt;").replace(">", "#gt;");
    }

    /** Later classes win in Mermaid, so current and head come after the states. */
    private static Map<String, String> styles() {
        Map<String, String> styles = new LinkedHashMap<>();
        styles.put("applied", "fill:#ecfdf3,stroke:#15803d");
        styles.put("pending", "fill:#fff7e6,stroke:#b45309,stroke-dasharray:6 3");
        styles.put("notapplied", "fill:#f9fafb,stroke:#9ca3af,stroke-dasharray:2 3");
        styles.put("head", "stroke-width:2.5px");
        styles.put("current", "stroke:#1d4ed8,stroke-width:3.5px");
        return styles;
    }
}
