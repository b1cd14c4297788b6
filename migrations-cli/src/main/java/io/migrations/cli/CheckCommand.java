package io.migrations.cli;

import io.migrations.internal.render.CheckText;
import io.migrations.internal.render.ModelCheckText;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code check [target]}: exit 0 when the database is at the target (default: the heads), no applied revision changed
 * since it ran (unless {@code --on-checksum-mismatch} accepts it) and the last run did not fail; otherwise exit 1 with
 * one line per difference. For CI gates and readiness probes. With {@code --drift}, also
 * exit 1 when the schema differs from what the revisions create, and 3 when the revisions cannot be replayed into the
 * shadow database (drift unknown). With {@code --model}, checks instead that the revisions build exactly the model.
 */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Check that the database is at the target (default: heads) and applied revisions are unchanged "
                + "(exit 0), else exit 1.")
final class CheckCommand extends ProjectCommand {

    @Parameters(index = "0", arity = "0..1", paramLabel = "<target>",
            description = "What the database should be at, as upgrade takes it (default: heads).")
    String target = "heads";

    @Option(names = "--drift", description = "Also replay the revisions into a shadow database and compare the schemas.")
    boolean drift;

    @Option(names = "--shadow-url", paramLabel = "<url>",
            description = "With --drift or --model: an empty database to replay into (default: a temporary one on the "
                    + "same server).")
    String shadowUrl;

    @Option(names = "--model", paramLabel = "<model>",
            description = "Instead, check that the revisions build exactly this schema: a .sql file, a folder of .sql "
                    + "files, url:<database url> or jpa:<package>[,<package>...] (JPA entities on --classpath); repeat "
                    + "to apply several (exit 0 if so, 1 with the differences).")
    List<String> models = new ArrayList<>();

    @Option(names = "--format", paramLabel = "<format>", description = "With --model: text (default) or json.")
    ModelCheckText.Format format = ModelCheckText.Format.TEXT;

    @Mixin
    FleetOptions fleet = new FleetOptions();

    @Override
    public Integer call() {
        if (fleet.active()) {
            if (drift || !models.isEmpty()) {
                throw new CliException("check --drift and --model look at one database; leave them out with fleet "
                        + "targets, or check one target at a time.");
            }
            return new FleetRun(project(), fleet, out(), spec.commandLine().getErr()).check(target);
        }
        if (!models.isEmpty()) {
            return new ModelCheck(project().modelComparison(models, shadowUrl), format).run(out());
        }
        project().connectAhead();
        int state = checkState();
        return drift ? Math.max(state, DriftCheck.run(project(), shadowUrl, out(), spec.commandLine().getErr())) : state;
    }

    private int checkState() {
        CheckText text = CheckText.of(project().migrations().check(target));
        text.lines().forEach(out()::println);
        return text.passes() ? ExitCode.SUCCESS : ExitCode.FAILURE;
    }
}
