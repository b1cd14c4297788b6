package io.migrations.cli;

import io.migrations.internal.render.Listings;
import io.migrations.internal.render.Listings.Detail;
import io.migrations.internal.render.Listings.Marking;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code history [-r start:end] [-v] [-i]}: revisions newest first, as Alembic lists them. */
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

    @Override
    public Integer call() {
        Marking marking = indicateCurrent ? Marking.CURRENT : Marking.NONE;
        List<String> current = Listings.historyReadsDatabase(range, marking) ? project().migrations().current()
                : List.of();
        Listings.history(revisions().graph(), range, current, marking, verbose ? Detail.ENTRIES : Detail.LINES)
                .forEach(out()::println);
        return ExitCode.SUCCESS;
    }
}
