package io.migrations.cli;

import io.migrations.internal.graph.TargetResolver;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code current [-v]}: the revision(s) the database is at. */
@Command(name = "current", mixinStandardHelpOptions = true, description = "Display the current revision for a database.")
final class CurrentCommand extends ProjectCommand {

    @Option(names = {"-v", "--verbose"}, description = "Use more verbose output.")
    boolean verbose;

    @Override
    public Integer call() {
        List<String> heads = project().migrations().current();
        if (verbose) {
            out().println("Current revision(s) for " + project().displayUrl() + ":");
        }
        RevisionText text = new RevisionText(revisions().graph(), List.of());
        for (String id : new TargetResolver(revisions().graph()).currentBranchHeads(heads)) {
            out().println(verbose ? text.logEntry(id) : text.currentLine(id));
        }
        return ExitCode.SUCCESS;
    }
}
