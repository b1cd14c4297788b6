package io.migrations.cli;

import io.migrations.internal.render.Listings;
import io.migrations.internal.render.Listings.Detail;
import io.migrations.internal.render.Listings.Marking;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code history [-r start:end] [-v] [-i]}: revisions newest first, as Alembic lists them. Over a fleet
 * ({@code --schemas}, {@code --schemas-query}, {@code --targets}), which Alembic has no notion of, each target's
 * history table instead, as {@code log} prints it.
 */
@Command(name = "history", mixinStandardHelpOptions = true,
        description = "List changeset scripts in chronological order.")
final class HistoryCommand extends ProjectCommand {

    @Option(names = {"-r", "--rev-range"}, paramLabel = "<start:end>",
            description = "Specify a revision range; format is [start]:[end]; 'current' is the database's revision.")
    String range;

    @Option(names = {"-v", "--verbose"}, description = "Use more verbose output.")
    boolean verbose;

    @Option(names = {"-i", "--indicate-current"}, description = "Indicate the current revision.")
    boolean indicateCurrent;

    @Mixin
    FleetOptions fleet = new FleetOptions();

    @Override
    public Integer call() {
        if (fleet.active()) {
            if (range != null || verbose || indicateCurrent) {
                throw new CliException("Over a fleet 'history' prints each target's history table, and -r, -v and -i, "
                        + "which are about the revision files, do not apply; leave them out (or see 'migrations log "
                        + "--help' for -n and -r over the history table).");
            }
            return new HistoryRows(out(), null, null, HistoryRows.Format.TEXT)
                    .overFleet(new FleetRun(project(), fleet, out(), spec.commandLine().getErr()));
        }
        Marking marking = indicateCurrent ? Marking.CURRENT : Marking.NONE;
        List<String> current = Listings.historyReadsDatabase(range, marking) ? project().migrations().current()
                : List.of();
        Listings.history(revisions().graph(), range, current, marking, verbose ? Detail.ENTRIES : Detail.LINES)
                .forEach(out()::println);
        return ExitCode.SUCCESS;
    }
}
