package io.migrations.cli;

import io.migrations.api.FailOn;
import io.migrations.api.LintFormat;
import io.migrations.api.LintReport;
import io.migrations.internal.graph.TargetResolver;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code lint [revisions…]}: reports operations that are risky on a live database, each with the safe way to do
 * them; exit 1 when a finding is at or above {@code --fail-on}. Needs no database, except over a fleet, where it lints
 * the revisions pending on each target.
 */
@Command(name = "lint", mixinStandardHelpOptions = true,
        description = "Check revisions for operations that are risky on a live database (exit 1 at or above --fail-on).")
final class LintCommand extends ProjectCommand {

    /** How the report is written. */
    enum Format { TEXT, JSON }

    @Parameters(paramLabel = "<rev>", arity = "0..*",
            description = "Revisions to lint: ids, prefixes, head, label@head, … (default: all)")
    List<String> targets = new ArrayList<>();

    @Option(names = "--format", paramLabel = "<format>", description = "text (default) or json")
    Format format = Format.TEXT;

    @Option(names = "--fail-on", paramLabel = "<severity>",
            description = "error (default), warning or never: the severity from which the exit code is 1")
    FailOn failOn = FailOn.ERROR;

    @Mixin
    FleetOptions fleet = new FleetOptions();

    @Override
    public Integer call() {
        if (fleet.active()) {
            if (!targets.isEmpty()) {
                throw new CliException("With fleet targets, lint checks the revisions pending on each target; leave "
                        + "out the revisions to lint (" + String.join(" ", targets) + "), or lint without a fleet.");
            }
            return new FleetRun(project(), fleet, out(), spec.commandLine().getErr()).lint(format, failOn);
        }
        TargetResolver resolver = new TargetResolver(revisions().graph());
        List<String> ids = targets.stream().flatMap(target -> resolver.resolve(target).stream()).toList();
        LintReport report = revisions().set().lint(ids);
        out().print(format == Format.JSON ? LintFormat.json(report) : LintFormat.text(report));
        return failOn.fails(report) ? ExitCode.FAILURE : ExitCode.SUCCESS;
    }
}
