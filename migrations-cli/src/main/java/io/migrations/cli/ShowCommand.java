package io.migrations.cli;

import io.migrations.internal.render.RevisionText;
import io.migrations.internal.graph.TargetResolver;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code show <rev>}: the full entry of the revision(s) a target names; {@code current} reads the database. */
@Command(name = "show", mixinStandardHelpOptions = true,
        description = "Show the revision(s) denoted by the given symbol.")
final class ShowCommand extends ProjectCommand {

    @Parameters(paramLabel = "<rev>", description = "Revision id or prefix, head, heads, base, label@head, current, …")
    String revision;

    @Override
    public Integer call() {
        List<String> ids = "current".equals(revision)
                ? project().migrations().current()
                : new TargetResolver(revisions().graph()).resolve(revision);
        RevisionText text = new RevisionText(revisions().graph(), List.of());
        ids.forEach(id -> out().println(text.logEntry(id)));
        return ExitCode.SUCCESS;
    }
}
