package io.migrations.cli;

import io.migrations.internal.render.Listings;
import io.migrations.internal.render.Listings.Detail;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code current [-v]}: the revision(s) the database is at. */
@Command(name = "current", mixinStandardHelpOptions = true, description = "Display the current revision for a database.")
final class CurrentCommand extends ProjectCommand {

    @Option(names = {"-v", "--verbose"}, description = "Use more verbose output.")
    boolean verbose;

    @Mixin
    FleetOptions fleet = new FleetOptions();

    @Override
    public Integer call() {
        if (fleet.active()) {
            return new FleetRun(project(), fleet, out(), spec.commandLine().getErr()).current();
        }
        project().connectAhead();
        List<String> versions = project().migrations().current();
        Listings.current(revisions().graph(), versions, verbose ? Detail.ENTRIES : Detail.LINES,
                verbose ? project().displayUrl() : "").forEach(out()::println);
        return ExitCode.SUCCESS;
    }
}
