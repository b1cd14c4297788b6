package io.migrations.cli;

import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code merge -m <message> <rev>…}: writes a revision whose parents are the given heads. */
@Command(name = "merge", mixinStandardHelpOptions = true, description = "Merge two revisions together. Creates a new migration file.")
final class MergeCommand extends ProjectCommand {

    @Parameters(arity = "1..*", paramLabel = "<revisions>", description = "One or more revisions, or 'heads' for all heads.")
    List<String> revisions;

    @Option(names = {"-m", "--message"}, paramLabel = "<message>", description = "Message string to use with 'merge'.")
    String message = "empty message";

    @Option(names = "--branch-label", paramLabel = "<label>", description = "Specify a branch label to apply to the new revision.")
    String branchLabel;

    @Option(names = "--rev-id", paramLabel = "<id>", description = "Specify a hardcoded revision id instead of generating one.")
    String revisionId;

    @Override
    public Integer call() {
        var request = new RevisionWriter.Request(Optional.ofNullable(revisionId), message, revisions, false,
                branchLabel == null ? List.of() : List.of(branchLabel), List.of());
        out().println("Generating " + new RevisionWriter(project()).write(request) + " ...  done");
        return ExitCode.SUCCESS;
    }
}
