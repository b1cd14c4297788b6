package io.migrations.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code downgrade <target> [--sql]}: undoes revisions, or prints their SQL. */
@Command(name = "downgrade", mixinStandardHelpOptions = true, description = "Revert to a previous version.")
final class DowngradeCommand extends ProjectCommand {

    @Parameters(paramLabel = "<revision>",
            description = "Target: -1, an id or prefix, base, label@base; with --sql also <from>:<to>.")
    String target;

    @Option(names = "--sql", description = "Don't emit SQL to database - dump to standard output instead.")
    boolean sql;

    @Override
    public Integer call() {
        if (sql) {
            out().print(new OfflineSql(project()).downgrade(target));
        } else {
            OfflineSql.requireNoRange(target);
            project().migrations().downgrade(target);
        }
        return ExitCode.SUCCESS;
    }
}
