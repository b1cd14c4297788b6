package io.migrations.cli;

import io.migrations.Migrations;
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

    /** Changes the database. */
    abstract void run(Migrations migrations);

    @Override
    public Integer call() {
        if (sql) {
            out().print(script(project().migrations()));
        } else {
            run(project().migrations());
        }
        return ExitCode.SUCCESS;
    }
}
