package io.migrations.cli;

import io.migrations.api.Verdict;
import io.migrations.api.DatabaseException;
import io.migrations.api.Revision;
import io.migrations.internal.graph.RevisionGraph;
import io.migrations.internal.graph.TargetResolver;
import io.migrations.internal.render.DatabaseState;
import io.migrations.internal.render.GraphFormat;
import io.migrations.internal.render.GraphView;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code graph [--format svg|html|mermaid|dot] [-o FILE] [--since REV]}: a picture of the revision graph. With a
 * reachable database ({@code --url} or {@code DATABASE_URL}) its current revisions are marked and applied and pending
 * revisions told apart; without one, only the graph is drawn.
 */
@Command(name = "graph", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Draw the revision graph: a standalone SVG, a self-contained HTML page (pan, zoom, search, "
                + "details; works offline), or Mermaid or Graphviz dot text.",
            "With --url (or DATABASE_URL) the database's current, applied and pending revisions are marked."})
final class GraphCommand extends ProjectCommand {

    @Option(names = {"-f", "--format"}, paramLabel = "<format>",
            description = "svg, html, mermaid or dot (default: from the -o file's extension, else svg).")
    GraphFormat format;

    @Option(names = {"-o", "--output"}, paramLabel = "<file>", description = "Write to this file instead of stdout.")
    Path output;

    @Option(names = "--since", paramLabel = "<rev>",
            description = "Draw only this revision and what follows it (an id, a unique prefix, a label, heads...).")
    String since;

    @Override
    public Integer call() {
        RevisionGraph graph = revisions().graph();
        List<String> start = since == null ? List.of() : new TargetResolver(graph).resolve(since);
        GraphView view = GraphView.of(graph, databaseState(graph), start);
        String picture = format().render(view);
        if (output == null) {
            out().print(picture);
            out().flush();
            return ExitCode.SUCCESS;
        }
        try {
            Path parent = output.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Files.writeString(output, picture);
        } catch (IOException e) {
            throw new CliException("Could not write " + output.toAbsolutePath() + ": " + e.getMessage()
                    + ". Choose a writable file with -o.");
        }
        spec.commandLine().getErr().println("Wrote " + output + ": " + view.nodes().size() + " revision(s), "
                + view.edges().size() + " edge(s)" + (view.database() ? ", with the database's state" : ""));
        return ExitCode.SUCCESS;
    }

    private GraphFormat format() {
        if (format != null) {
            return format;
        }
        return output == null ? GraphFormat.SVG : GraphFormat.forFileName(output.getFileName().toString())
                .orElse(GraphFormat.SVG);
    }

    /** The database's state when a URL is given and the database answers; otherwise the graph alone, with a note. */
    private Optional<DatabaseState> databaseState(RevisionGraph graph) {
        if (project().options().url == null || project().options().url.isBlank()) {
            return Optional.empty();
        }
        try {
            Verdict verdict = project().migrations().check("heads");
            return Optional.of(DatabaseState.of(graph, verdict.current(),
                    verdict.pending().stream().map(Revision::id).toList()));
        } catch (DatabaseException e) {
            spec.commandLine().getErr().println("Drawing the graph without the database's state: could not read "
                    + project().displayUrl() + " (" + e.getMessage() + ")");
            return Optional.empty();
        }
    }
}
