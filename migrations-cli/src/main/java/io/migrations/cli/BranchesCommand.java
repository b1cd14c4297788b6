package io.migrations.cli;

import io.migrations.internal.render.RevisionText;
import io.migrations.internal.graph.RevisionGraph;
import io.migrations.internal.plan.History;
import java.util.List;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code branches [-v]}: every branch point with the revisions it branches into. */
@Command(name = "branches", mixinStandardHelpOptions = true, description = "Show current branch points.")
final class BranchesCommand extends ProjectCommand {

    @Option(names = {"-v", "--verbose"}, description = "Use more verbose output.")
    boolean verbose;

    @Override
    public Integer call() {
        RevisionGraph graph = revisions().graph();
        RevisionText text = new RevisionText(graph, List.of());
        for (String id : new History(graph).all()) {
            if (graph.isBranchPoint(id)) {
                String children = graph.children(id).stream()
                        .map(child -> text.branchLine(id, child, verbose))
                        .collect(Collectors.joining("\n"));
                out().println((verbose ? text.logEntry(id) : text.branchPointLine(id)) + "\n" + children + "\n");
            }
        }
        return ExitCode.SUCCESS;
    }
}
