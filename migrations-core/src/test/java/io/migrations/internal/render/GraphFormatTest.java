package io.migrations.internal.render;

import static io.migrations.internal.graph.Graphs.graph;
import static io.migrations.internal.graph.Graphs.rev;
import static org.assertj.core.api.Assertions.assertThat;

import io.migrations.api.Revision;
import io.migrations.internal.graph.RevisionGraph;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** Each format, read back structurally: nodes, edges, marks and states, and hostile text kept as text. */
class GraphFormatTest {

    private static final String HOSTILE = "<script>x</script> & \"quotes\"";

    private final RevisionGraph graph = RevisionGraph.of(List.of(
            revision("a", List.of(), List.of(), List.of(), "Create users"),
            revision("b", List.of("a"), List.of(), List.of(), HOSTILE),
            revision("c", List.of("a"), List.of("orders"), List.of(), "Add orders"),
            revision("m", List.of("b", "c"), List.of(), List.of(), "Merge"),
            revision("e", List.of(), List.of("audit"), List.of("b"), "Audit")));

    private final GraphView withDatabase = GraphView.of(graph,
            Optional.of(DatabaseState.of(graph, List.of("b"), List.of("c", "m", "e"))), List.of());

    @Test
    void svgHasAGroupPerRevisionAndAPathPerEdgeWithStatesAndMarks() throws Exception {
        Document svg = parse(GraphFormat.SVG.render(withDatabase));
        List<Element> nodes = elements(svg, "g", "mg-node");
        List<Element> edges = elements(svg, "path", "mg-edge");

        assertThat(nodes).extracting(n -> n.getAttribute("data-id")).containsExactly("a", "b", "c", "m", "e");
        assertThat(classesOf(nodes, "b")).contains("applied", "current");
        assertThat(classesOf(nodes, "m")).contains("pending", "merge", "head");
        assertThat(classesOf(nodes, "a")).contains("applied", "branchpoint", "base");
        assertThat(textOf(nodes, "m")).contains("PENDING".toLowerCase(), "merge");
        assertThat(textOf(nodes, "b")).contains(HOSTILE);
        assertThat(edges).extracting(e -> e.getAttribute("data-from") + ">" + e.getAttribute("data-to") + " "
                + e.getAttribute("class")).containsExactly("a>b mg-edge down_revision", "a>c mg-edge down_revision",
                "b>m mg-edge down_revision", "c>m mg-edge down_revision", "b>e mg-edge depends_on");
        assertThat(svg.getDocumentElement().getElementsByTagName("style").item(0).getTextContent())
                .contains(".mg-edge.depends_on", "stroke-dasharray");
    }

    @Test
    void htmlIsSelfContainedWithTheGraphDocumentAndTheViewer() {
        String html = GraphFormat.HTML.render(withDatabase);

        assertThat(html).contains("Content-Security-Policy", "default-src 'none'", "MigrationsGraph.mount(",
                "\"id\":\"m\"", "\"kind\":\"depends_on\"", "\"state\":\"pending\"", "\"current\":true");
        assertThat(html).doesNotContain("<script src", "<link", "</script> &");
        assertThat(urls(html)).as("no address other than the SVG namespace").allMatch(u -> u.equals("http://www.w3.org/2000/svg"));
        String data = html.substring(html.indexOf("id=\"mg-data\">"), html.indexOf("</script>", html.indexOf("id=\"mg-data\">")));
        assertThat(data).doesNotContain("<script>").contains("\\u003cscript\\u003e");
    }

    @Test
    void mermaidListsNodesEdgesAndClasses() {
        String mermaid = GraphFormat.MERMAID.render(withDatabase);
        List<String> lines = mermaid.lines().map(String::strip).toList();

        assertThat(lines.get(0)).isEqualTo("flowchart BT");
        assertThat(lines).filteredOn(l -> l.matches("r_\\w+\\[\".*\"]")).hasSize(5);
        assertThat(lines).contains("r_a --> r_b", "r_a --> r_c", "r_b --> r_m", "r_c --> r_m", "r_b -.-> r_e",
                "class r_b current", "class r_a,r_b applied");
        assertThat(lines).anyMatch(l -> l.startsWith("r_c[\"c (orders)<br/>Add orders<br/>pending"));
        assertThat(mermaid).doesNotContain("<script>", "\"quotes\"").contains("#lt;script#gt;", "#quot;quotes#quot;");
    }

    @Test
    void dotListsNodesEdgesAndStyles() {
        String dot = GraphFormat.DOT.render(withDatabase);
        List<String> lines = dot.lines().map(String::strip).toList();

        assertThat(lines).contains("rankdir=BT;", "\"a\" -> \"b\";", "\"c\" -> \"m\";",
                "\"b\" -> \"e\" [style=dashed, color=\"#7c3aed\"];");
        assertThat(lines).filteredOn(l -> l.matches("\"\\w+\" \\[label=.*")).hasSize(5);
        assertThat(lines).anyMatch(l -> l.startsWith("\"m\" [label=\"m\\nMerge\\npending · head · merge\"")
                && l.contains("dashed"));
        assertThat(lines).anyMatch(l -> l.startsWith("\"b\" [") && l.contains("penwidth=3.5") && l.contains("current"));
        assertThat(dot).contains("\\\"quotes\\\"");
    }

    @Test
    void withoutADatabaseNoStateIsDrawn() throws Exception {
        GraphView view = GraphView.of(graph);
        Document svg = parse(GraphFormat.SVG.render(view));

        assertThat(elements(svg, "g", "mg-node")).allSatisfy(node -> assertThat(node.getAttribute("class"))
                .doesNotContain("applied", "pending", "current"));
        assertThat(GraphFormat.MERMAID.render(view)).doesNotContain("applied", "pending");
        assertThat(GraphFormat.HTML.render(view)).contains("\"database\":false", "\"state\":null");
    }

    @Test
    void formatsFollowFileExtensions() {
        assertThat(GraphFormat.forFileName("graph.html")).contains(GraphFormat.HTML);
        assertThat(GraphFormat.forFileName("out/graph.SVG")).contains(GraphFormat.SVG);
        assertThat(GraphFormat.forFileName("g.mmd")).contains(GraphFormat.MERMAID);
        assertThat(GraphFormat.forFileName("g.gv")).contains(GraphFormat.DOT);
        assertThat(GraphFormat.forFileName("graph")).isEmpty();
    }

    @Test
    void anEmptyGraphStillRenders() throws Exception {
        GraphView empty = GraphView.of(RevisionGraph.of(List.of()));

        assertThat(elements(parse(GraphFormat.SVG.render(empty)), "g", "mg-node")).isEmpty();
        assertThat(GraphFormat.HTML.render(empty)).contains("\"nodes\":[]");
        assertThat(GraphFormat.MERMAID.render(empty)).isEqualTo("flowchart BT\n");
    }

    static Revision revision(String id, List<String> down, List<String> labels, List<String> deps, String message) {
        return new Revision(id, down, labels, deps, message, "2026-01-02 03:04:05", "db/migrations/" + id + ".sql");
    }

    private static Document parse(String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    private static List<Element> elements(Document document, String tag, String cssClass) {
        NodeList list = document.getElementsByTagNameNS("*", tag);
        List<Element> found = new ArrayList<>();
        for (int i = 0; i < list.getLength(); i++) {
            Element element = (Element) list.item(i);
            if (List.of(element.getAttribute("class").split(" ")).contains(cssClass)) {
                found.add(element);
            }
        }
        return found;
    }

    private static List<String> classesOf(List<Element> nodes, String id) {
        return List.of(node(nodes, id).getAttribute("class").split(" "));
    }

    private static String textOf(List<Element> nodes, String id) {
        return node(nodes, id).getTextContent();
    }

    private static Element node(List<Element> nodes, String id) {
        return nodes.stream().filter(n -> n.getAttribute("data-id").equals(id)).findFirst().orElseThrow();
    }

    private static List<String> urls(String text) {
        Matcher matcher = Pattern.compile("https?://[^\\s\"'<>)]+").matcher(text);
        List<String> urls = new ArrayList<>();
        while (matcher.find()) {
            urls.add(matcher.group());
        }
        return urls;
    }
}
