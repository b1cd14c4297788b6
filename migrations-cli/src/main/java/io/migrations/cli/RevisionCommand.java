package io.migrations.cli;

import io.migrations.internal.author.ModelComparison;
import io.migrations.internal.author.RevisionWriter;
import io.migrations.internal.autogen.Autogenerate.Against;
import io.migrations.internal.autogen.RevisionPart;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code revision -m <message>}: writes a new revision file on top of the current head. With
 * {@code --autogenerate}, the revision holds what turns the schema the revisions build into the model: one file, or
 * two or three when PostgreSQL needs part of the change outside a transaction.
 */
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

    @Option(names = "--autogenerate",
            description = "Fill the revision with what turns the schema the revisions build into the --model.")
    boolean autogenerate;

    @Mixin
    ModelOptions model;

    @Override
    public Integer call() {
        var request = file.request(List.of(head), splice, dependsOn);
        if (!autogenerate) {
            Path written = project().revisionWriter(file.sourceDir).write(request);
            out().println(RevisionWriter.generated(written));
            ParentLint.warn(revisions(), written, spec.commandLine().getErr());
            return ExitCode.SUCCESS;
        }
        ModelComparison comparison = project().modelComparison(model.models, model.shadowUrl);
        List<RevisionPart> parts = ModelComparison.revisions(comparison.compare(Against.REVISIONS), model.renames);
        if (parts.isEmpty()) {
            out().println(ModelComparison.NO_CHANGES);
            return ExitCode.SUCCESS;
        }
        for (Path written : project().revisionWriter(file.sourceDir).writeChain(request, parts)) {
            out().println(RevisionWriter.generated(written));
        }
        return ExitCode.SUCCESS;
    }
}
