package io.migrations.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.migrations.testdb.FreshDatabase;
import io.migrations.testdb.TestDatabase;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * {@code migrations graph} on a branched and merged graph with a label and a dependency, read back structurally in
 * each format, without and with a database.
 */
class GraphCommandTest {

    @RegisterExtension
    static final FreshDatabase DB = new FreshDatabase();

    private final TestDatabase db = DB.get();

    @TempDir
    Path dir;

    private InProcessCli cli;

    /** aaa111 forks into bbb222 and ccc333 (orders), merged by ddd444; eee555 (audit) depends on bbb222. */
    @BeforeEach
    void writeGraph() {
        TestRevision.writeBranchedGraph(dir);
        cli = InProcessCli.of(dir);
    }

    @Test
    void svgDrawsEveryRevisionAndEdgeWithItsMarks() throws Exception {
        CliRun run = cli.run("graph");
        assertThat(run.exitCode()).as(run.err()).isZero();
        Document svg = parse(run.out());

        Map<String, String> nodes = nodeClasses(svg);
        assertThat(nodes.keySet()).containsExactlyInAnyOrder("aaa111", "bbb222", "ccc333", "ddd444", "eee555");
        assertThat(nodes.get("aaa111")).contains("branchpoint", "base");
        assertThat(nodes.get("ddd444")).contains("merge", "head");
        assertThat(nodes.get("eee555")).contains("head", "base");
        assertThat(nodes.values()).noneMatch(classes -> classes.contains("applied") || classes.contains("pending"));
        assertThat(edges(svg)).containsExactlyInAnyOrder("aaa111>bbb222 down_revision", "aaa111>ccc333 down_revision",
                "bbb222>ddd444 down_revision", "ccc333>ddd444 down_revision", "bbb222>eee555 depends_on");
        assertThat(text(svg, "ccc333")).contains("(orders)", "Add orders");
        assertThat(text(svg, "ddd444")).contains("head", "merge");
    }

    @Test
    void htmlFromTheFileExtensionIsSelfContained() throws Exception {
        CliRun run = cli.run("graph", "-o", dir.resolve("out/graph.html").toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains("Wrote ", "graph.html: 5 revision(s), 5 edge(s)");

        String html = Files.readString(dir.resolve("out/graph.html"));
        assertThat(html).startsWith("<!DOCTYPE html>").contains("default-src 'none'", "MigrationsGraph.mount(",
                "\"id\":\"ddd444\"", "\"marks\":[\"head\",\"merge\"]", "\"kind\":\"depends_on\"", "\"database\":false");
        assertThat(html).doesNotContain("<script src=", "<link ", "https://");
    }

    @Test
    void mermaidAndDotAreTextWithTheSameNodesAndEdges() {
        List<String> mermaid = cli.run("graph", "--format", "mermaid").out().lines().map(String::strip).toList();
        assertThat(mermaid.get(0)).isEqualTo("flowchart BT");
        assertThat(mermaid).filteredOn(line -> line.matches("r_\\w+\\[\".*\"]")).hasSize(5);
        assertThat(mermaid).contains("r_aaa111 --> r_bbb222", "r_aaa111 --> r_ccc333", "r_bbb222 --> r_ddd444",
                "r_ccc333 --> r_ddd444", "r_bbb222 -.-> r_eee555");
        assertThat(mermaid).anyMatch(line -> line.startsWith("r_ddd444[\"ddd444<br/>Merge<br/>head · merge"));

        List<String> dot = cli.run("graph", "-f", "DOT").out().lines().map(String::strip).toList();
        assertThat(dot.get(0)).isEqualTo("digraph revisions {");
        assertThat(dot).filteredOn(line -> line.matches("\"\\w+\" \\[label=.*")).hasSize(5);
        assertThat(dot).contains("\"aaa111\" -> \"bbb222\";", "\"ccc333\" -> \"ddd444\";",
                "\"bbb222\" -> \"eee555\" [style=dashed, color=\"#7c3aed\"];");
        assertThat(dot).anyMatch(line -> line.startsWith("\"ccc333\" [label=\"ccc333 (orders)\\nAdd orders\""));
    }

    @Test
    void withADatabaseCurrentAppliedAndPendingAreMarked() throws Exception {
        InProcessCli withDatabase = InProcessCli.of(db, dir);
        assertThat(withDatabase.run("upgrade", "bbb222").exitCode()).isZero();

        CliRun run = withDatabase.run("graph");
        assertThat(run.exitCode()).as(run.err()).isZero();
        Map<String, String> nodes = nodeClasses(parse(run.out()));
        assertThat(nodes.get("aaa111")).contains("applied").doesNotContain("current");
        assertThat(nodes.get("bbb222")).contains("applied", "current");
        assertThat(nodes.get("ccc333")).contains("pending");
        assertThat(nodes.get("ddd444")).contains("pending");
        assertThat(nodes.get("eee555")).contains("pending");
        assertThat(text(parse(run.out()), "bbb222")).contains("current", "applied");
        assertThat(text(parse(run.out()), "ccc333")).contains("pending");

        List<String> mermaid = withDatabase.run("graph", "-f", "mermaid").out().lines().map(String::strip).toList();
        assertThat(mermaid).contains("class r_bbb222 current", "class r_aaa111,r_bbb222 applied",
                "class r_ccc333,r_ddd444,r_eee555 pending");
    }

    @Test
    void anUnreachableDatabaseStillDrawsTheGraph() throws Exception {
        CliRun run = cli.run("--url", "postgresql://someone:s3cret@127.0.0.1:1/nowhere", "--connect-timeout", "2",
                "graph");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err()).contains("Drawing the graph without the database's state").doesNotContain("s3cret");
        assertThat(nodeClasses(parse(run.out()))).hasSize(5);
    }

    @Test
    void sinceCutsTheHistory() throws Exception {
        CliRun run = cli.run("graph", "--since", "ccc");

        assertThat(run.exitCode()).as(run.err()).isZero();
        Map<String, String> nodes = nodeClasses(parse(run.out()));
        assertThat(nodes.keySet()).containsExactlyInAnyOrder("ccc333", "ddd444");
        assertThat(nodes.get("ddd444")).contains("cut");
        assertThat(edges(parse(run.out()))).containsExactly("ccc333>ddd444 down_revision");

        CliRun unknown = cli.run("graph", "--since", "zzz");
        assertThat(unknown.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(unknown.err()).startsWith("FAILED: ").contains("zzz");
    }

    static Document parse(String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    /** Revision id to the CSS classes of its node. */
    static Map<String, String> nodeClasses(Document svg) {
        Map<String, String> nodes = new TreeMap<>();
        elements(svg, "g").stream().filter(g -> List.of(g.getAttribute("class").split(" ")).contains("mg-node"))
                .forEach(g -> nodes.put(g.getAttribute("data-id"), g.getAttribute("class")));
        return nodes;
    }

    /** {@code from>to kind} per edge. */
    static List<String> edges(Document svg) {
        return elements(svg, "path").stream().filter(p -> p.getAttribute("class").startsWith("mg-edge"))
                .map(p -> p.getAttribute("data-from") + ">" + p.getAttribute("data-to") + " "
                        + p.getAttribute("class").substring("mg-edge ".length()))
                .toList();
    }

    private static String text(Document svg, String id) {
        return elements(svg, "g").stream().filter(g -> id.equals(g.getAttribute("data-id"))).findFirst().orElseThrow()
                .getTextContent();
    }

    private static List<Element> elements(Document document, String tag) {
        NodeList list = document.getElementsByTagNameNS("*", tag);
        List<Element> found = new ArrayList<>();
        for (int i = 0; i < list.getLength(); i++) {
            found.add((Element) list.item(i));
        }
        return found;
    }
}
