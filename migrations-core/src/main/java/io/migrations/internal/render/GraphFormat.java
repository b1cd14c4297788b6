package io.migrations.internal.render;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The pictures of a revision graph: drawn here ({@code svg}, {@code html}) or as text for other tools. */
public enum GraphFormat {
    /** A standalone SVG image, laid out here. */
    SVG("svg"),
    /** A self-contained page with the interactive viewer: pan, zoom, search, details, keyboard. */
    HTML("html", "htm"),
    /** A Mermaid flowchart, for Markdown. */
    MERMAID("mmd", "mermaid", "md"),
    /** A Graphviz digraph. */
    DOT("dot", "gv");

    private final String[] extensions;

    GraphFormat(String... extensions) {
        this.extensions = extensions;
    }

    /** The format a file name's extension suggests, e.g. {@code graph.html}. */
    public static Optional<GraphFormat> forFileName(String name) {
        int dot = name.lastIndexOf('.');
        String extension = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(f -> Arrays.asList(f.extensions).contains(extension)).findFirst();
    }

    /** The picture of {@code view} in this format; SVG and HTML lay the graph out first. */
    public String render(GraphView view) {
        return switch (this) {
            case SVG -> SvgRenderer.render(LayeredLayout.layout(view));
            case HTML -> HtmlRenderer.render(LayeredLayout.layout(view));
            case MERMAID -> MermaidRenderer.render(view);
            case DOT -> DotRenderer.render(view);
        };
    }
}
