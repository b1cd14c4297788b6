package io.migrations.cli;

import io.migrations.internal.author.RevisionWriter;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code merge -m <message> <rev>…}: writes a revision whose parents are the given heads. */
@Command(name = "merge", mixinStandardHelpOptions = true,
        description = "Merge two revisions together. Creates a new migration file.")
final class MergeCommand extends ProjectCommand {

    @Parameters(arity = "1..*", paramLabel = "<revisions>", description = "One or more revisions, or 'heads' for all heads.")
    List<String> revisions;

    @Mixin
    NewRevisionOptions file;

    @Override
    public Integer call() {
        var request = file.request(revisions, false, List.of());
        out().println(RevisionWriter.generated(project().revisionWriter(file.sourceDir).write(request)));
        return ExitCode.SUCCESS;
    }
}
