package io.migrations.cli;

import io.migrations.Migrations;
import io.migrations.api.MigrationResult;
import io.migrations.internal.engine.RunStop;
import io.migrations.internal.engine.StopOnShutdown;
import java.util.Optional;
import picocli.CommandLine;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * A command that moves the version table ({@code upgrade}, {@code downgrade}, {@code stamp}): runs against the
 * database, or with {@code --sql} prints the script instead.
 */
abstract class ChangeCommand extends ProjectCommand {

    @Option(names = "--sql", description = "Don't emit SQL to database - dump to standard output instead.")
    boolean sql;

    /** The script {@code --sql} prints. */
    abstract String script(Migrations migrations);

    @Mixin
    FleetOptions fleet = new FleetOptions();

    /** Changes the database. */
    abstract MigrationResult run(Migrations migrations);

    /** The target of an upgrade, at which a fleet's targets that are clean need no run of their own; else empty. */
    Optional<String> upgradeTarget() {
        return Optional.empty();
    }

    @Override
    public Integer call() throws Exception {
        if (fleet.active()) {
            if (sql) {
                throw new CliException("--sql prints one script and does not combine with fleet targets (--schemas, "
                        + "--schemas-query, --targets).");
            }
            return new FleetRun(project(), fleet, out(), spec.commandLine().getErr()).change(this::run, upgradeTarget());
        }
        if (sql) {
            out().print(script(project().migrations()));
        } else {
            project().connectAhead();
            return runStoppable();
        }
        return ExitCode.SUCCESS;
    }

    /**
     * Runs the change so that Ctrl-C (or SIGTERM) lets the revisions in flight finish and starts no other. A failure
     * is printed here, before the shutdown hook lets such a stop end the process.
     */
    private int runStoppable() throws Exception {
        RunStop stop = new RunStop();
        try (StopOnShutdown ignored = new StopOnShutdown(stop::stop, "no new revision starts")) {
            try {
                run(project().migrations(stop));
                stop.settle();
                return ExitCode.SUCCESS;
            } catch (RuntimeException e) {
                CommandLine commandLine = spec.commandLine();
                return commandLine.getExecutionExceptionHandler().handleExecutionException(stop.explain(e),
                        commandLine, commandLine.getParseResult());
            }
        }
    }
}
