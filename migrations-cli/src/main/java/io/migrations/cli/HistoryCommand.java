package io.migrations.cli;

import io.migrations.internal.plan.History;
import java.util.Arrays;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code history [-r start:end] [-v] [-i]}: revisions newest first, as Alembic lists them. */
@Command(name = "history", mixinStandardHelpOptions = true,
        description = "List changeset scripts in chronological order.")
final class HistoryCommand extends ProjectCommand {

    private static final String CURRENT = "current";

    @Option(names = {"-r", "--rev-range"}, paramLabel = "<start:end>",
            description = "Specify a revision range; format is [start]:[end]; 'current' is the database's revision.")
    String range;

    @Option(names = {"-v", "--verbose"}, description = "Use more verbose output.")
    boolean verbose;

    @Option(names = {"-i", "--indicate-current"}, description = "Indicate the current revision.")
    boolean indicateCurrent;

    @Override
    public Integer call() {
        boolean readsDatabase = indicateCurrent || range != null && Arrays.asList(range.split(":", -1)).contains(CURRENT);
        List<String> current = readsDatabase ? project().migrations().current() : List.of();
        History history = new History(revisions().graph());
        List<String> ids = range == null ? history.all() : history.range(range, current);
        RevisionText text = new RevisionText(revisions().graph(), indicateCurrent ? current : List.of());
        for (String id : ids) {
            out().println(verbose ? text.logEntry(id) : text.historyLine(id));
        }
        return ExitCode.SUCCESS;
    }
}
