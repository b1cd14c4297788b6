package io.migrations.internal.render;

import io.migrations.internal.json.Json;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The graph document that the one JavaScript viewer reads, made once here: nodes with their text, marks, state and
 * box, and edges with their kind and route. The CLI writes it into its HTML page; the Spring endpoint serves the same
 * tree as the {@code graph} member of {@code /actuator/migrations}.
 *
 * <p>Shape: {@code {"database": bool, "width": px, "height": px, "text": {"pad", "id", "message", "tags"}, "nodes": [{"id", "short", "message", "text",
 * "labels": [], "labelText", "marks": ["head"|"merge"|"branchpoint"|"base"|"cut"], "tags": [words], "state":
 * "applied"|"pending"|"notapplied"|null, "current": bool, "parents": [], "children": [], "dependsOn": [], "location",
 * "createDate", "description", "x", "y", "w", "h", "layer"}], "edges": [{"from", "to", "kind":
 * "down_revision"|"depends_on", "path"}]}}.
 */
public final class GraphJson {

    private GraphJson() {
    }

    /** The document as a tree of maps, lists and plain values, for any JSON writer. */
    public static Map<String, Object> tree(Drawing drawing) {
        GraphView view = drawing.view();
        List<Object> nodes = new ArrayList<>(view.nodes().size());
        for (int i = 0; i < view.nodes().size(); i++) {
            nodes.add(node(view.nodes().get(i), drawing.boxes().get(i)));
        }
        List<Object> edges = new ArrayList<>(view.edges().size());
        for (int i = 0; i < view.edges().size(); i++) {
            GraphView.Edge edge = view.edges().get(i);
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("from", edge.from());
            json.put("to", edge.to());
            json.put("kind", edge.kind().key());
            json.put("path", drawing.routes().get(i).path());
            edges.add(json);
        }
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("database", view.database());
        document.put("width", rounded(drawing.width()));
        document.put("height", rounded(drawing.height()));
        document.put("text", NodeText.positions());
        document.put("nodes", nodes);
        document.put("edges", edges);
        return document;
    }

    /** The document as JSON text, safe inside an HTML {@code <script>} element. */
    public static String write(Drawing drawing) {
        return Json.write(tree(drawing));
    }

    /** Pixels to a tenth, as in the SVG picture. */
    private static double rounded(double pixels) {
        return Math.round(pixels * 10) / 10.0;
    }

    private static Map<String, Object> node(GraphView.Node node, Drawing.Box box) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", node.id());
        json.put("short", node.shortId());
        json.put("message", node.message());
        json.put("text", NodeText.message(node));
        json.put("labels", node.labels());
        json.put("labelText", NodeText.labels(node));
        json.put("marks", node.orderedMarks().stream().map(Mark::key).toList());
        json.put("tags", NodeText.tags(node));
        json.put("state", node.state().key());
        json.put("current", node.current());
        json.put("parents", node.parents());
        json.put("children", node.children());
        json.put("dependsOn", node.dependsOn());
        json.put("location", node.location());
        json.put("createDate", node.createDate());
        json.put("description", NodeText.description(node));
        json.put("x", rounded(box.x()));
        json.put("y", rounded(box.y()));
        json.put("w", rounded(box.width()));
        json.put("h", rounded(box.height()));
        json.put("layer", box.layer());
        return json;
    }
}
