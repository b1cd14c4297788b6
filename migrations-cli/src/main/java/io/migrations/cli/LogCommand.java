package io.migrations.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code log [-n N] [-r REV] [--format text|json]}: the history table, newest first: when, who, revision, direction,
 * duration, outcome and error of every run step, as recorded in the database (Alembic's {@code history} lists the
 * revision files instead). Over a fleet, each target's rows under its name (with {@code --format json}, one JSON
 * document per line, {@code {"target": …, "rows": […]}}).
 */
@Command(name = "log", mixinStandardHelpOptions = true,
        description = "Print what ran on the database (the history table), newest first.")
final class LogCommand extends ProjectCommand {

    @Option(names = {"-n", "--limit"}, paramLabel = "<n>", description = "Print at most the newest <n> rows.")
    Integer limit;

    @Option(names = {"-r", "--revision"}, paramLabel = "<rev>",
            description = "Only rows of this revision id.")
    String revision;

    @Option(names = "--format", paramLabel = "<format>", description = "text (default) or json.")
    HistoryRows.Format format = HistoryRows.Format.TEXT;

    @Mixin
    FleetOptions fleet = new FleetOptions();

    @Override
    public Integer call() {
        if (limit != null && limit < 0) {
            throw new CliException("-n must be 0 or more, not " + limit + ".");
        }
        HistoryRows rows = new HistoryRows(out(), limit, revision, format);
        if (fleet.active()) {
            return rows.overFleet(new FleetRun(project(), fleet, out(), spec.commandLine().getErr()));
        }
        rows.print(project().migrations().history(), null);
        return ExitCode.SUCCESS;
    }
}
