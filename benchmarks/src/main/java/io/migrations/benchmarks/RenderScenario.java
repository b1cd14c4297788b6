package io.migrations.benchmarks;

import io.migrations.api.Revision;
import io.migrations.internal.graph.RevisionGraph;
import io.migrations.internal.render.GraphFormat;
import io.migrations.internal.render.GraphView;
import java.util.List;
import java.util.Locale;

/**
 * Scenario 5: drawing the revision graph in-process, as {@code migrations graph} does: build the graph, lay it out
 * (rows, crossing reduction, coordinates) and write the SVG picture, or the HTML page with its graph document. The
 * synthetic graph has forks and merges; a few unmeasured rounds warm the JIT.
 */
final class RenderScenario {

    static final String NAME = "render";
    private static final int WARM_UPS = 3;
    private static final long SEED = 20_261_203L;
    private static final List<GraphFormat> FORMATS = List.of(GraphFormat.SVG, GraphFormat.HTML);

    private final int runs;
    private final Report report;

    RenderScenario(int runs, Report report) {
        this.runs = runs;
        this.report = report;
    }

    /** Measures graph + layout + picture for each format and size. */
    void run(List<Integer> sizes) throws Exception {
        report.section("Scenario 5: graph + layout + picture (svg, html) on synthetic graphs, " + WARM_UPS
                + " warm-ups then " + runs + " runs");
        for (int n : sizes) {
            List<Revision> revisions = SyntheticGraph.generate(n, SEED);
            for (GraphFormat format : FORMATS) {
                report.add(new Result(NAME, tool(format), n,
                        Stopwatch.repeat(WARM_UPS, runs, () -> render(revisions, format))));
            }
        }
    }

    static String tool(GraphFormat format) {
        return format.name().toLowerCase(Locale.ROOT);
    }

    /** The timed work; checks that every revision was drawn so that none of it can be skipped. */
    static String render(List<Revision> revisions, GraphFormat format) {
        String picture = format.render(GraphView.of(RevisionGraph.of(revisions)));
        String last = "\"" + revisions.get(revisions.size() - 1).id() + "\"";
        if (!picture.contains(last)) {
            throw new IllegalStateException("The " + format + " picture lacks revision " + last);
        }
        return picture;
    }
}
