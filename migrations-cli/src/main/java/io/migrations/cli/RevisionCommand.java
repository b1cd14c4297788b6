package io.migrations.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code revision -m <message>}: writes a new revision file on top of the current head. */
@Command(name = "revision", mixinStandardHelpOptions = true, description = "Create a new revision file.")
final class RevisionCommand extends ProjectCommand {

    @Mixin
    NewRevisionOptions file;

    @Option(names = "--head", paramLabel = "<rev>",
            description = "Specify head revision or <branchname>@head to base new revision on (default: head).")
    String head = "head";

    @Option(names = "--splice", description = "Allow a non-head revision as the 'head' to splice onto.")
    boolean splice;

    @Option(names = "--depends-on", paramLabel = "<rev>",
            description = "Specify one or more revision identifiers which this revision should depend on.")
    List<String> dependsOn = new ArrayList<>();

    @Override
    public Integer call() {
        var request = new RevisionWriter.Request(file, List.of(head), splice, dependsOn);
        Path file = new RevisionWriter(project()).write(request);
        out().println("Generating " + file + " ...  done");
        ParentLint.warn(revisions(), file, spec.commandLine().getErr());
        return ExitCode.SUCCESS;
    }
}
