package io.migrations.cli;

import io.migrations.internal.render.RevisionText;
import io.migrations.internal.graph.RevisionGraph;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code heads [-v] [--resolve-dependencies]}: the revisions nothing builds on. */
@Command(name = "heads", mixinStandardHelpOptions = true,
        description = "Show current available heads in the script directory.")
final class HeadsCommand extends ProjectCommand {

    @Option(names = {"-v", "--verbose"}, description = "Use more verbose output.")
    boolean verbose;

    @Option(names = "--resolve-dependencies", description = "Treat dependency versions as down revisions.")
    boolean resolveDependencies;

    @Override
    public Integer call() {
        RevisionGraph graph = revisions().graph();
        List<String> heads = resolveDependencies ? graph.realHeads() : graph.heads();
        RevisionText text = new RevisionText(graph, List.of());
        for (String id : heads) {
            out().println(verbose ? text.logEntry(id) : text.headsLine(id));
        }
        return ExitCode.SUCCESS;
    }
}
