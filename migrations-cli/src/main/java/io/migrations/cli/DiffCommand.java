package io.migrations.cli;

import io.migrations.internal.author.ModelComparison;
import io.migrations.internal.autogen.Autogenerate.Against;
import io.migrations.internal.autogen.RevisionPart;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code diff --model M}: prints the upgrade and downgrade that {@code revision --autogenerate} would write, and
 * writes nothing.
 */
@Command(name = "diff", mixinStandardHelpOptions = true,
        description = "Print the upgrade and downgrade that turn the schema into the --model; write nothing.")
final class DiffCommand extends ProjectCommand {

    @Mixin
    ModelOptions model;

    @Option(names = "--against", paramLabel = "<what>",
            description = "revisions (default): the schema the revisions build; database: the connected database as it is.")
    Against against = Against.REVISIONS;

    @Override
    public Integer call() {
        ModelComparison comparison = project().modelComparison(model.models, model.shadowUrl);
        List<RevisionPart> parts = ModelComparison.revisions(comparison.compare(against), model.renames);
        String what = against == Against.DATABASE ? "the database" : "the schema the revisions build";
        if (parts.isEmpty()) {
            out().println("-- No differences: " + what + " is the model.");
            return ExitCode.SUCCESS;
        }
        for (int i = 0; i < parts.size(); i++) {
            RevisionPart part = parts.get(i);
            out().println("-- Revision " + (i + 1) + " of " + parts.size() + " (transactional: " + part.transactional()
                    + ")" + part.suffix().toLowerCase(Locale.ROOT));
            out().println("-- upgrade");
            out().println(part.upgradeSql());
            out().println();
            out().println("-- downgrade");
            out().println(part.downgradeSql());
            out().println();
        }
        return ExitCode.SUCCESS;
    }
}
