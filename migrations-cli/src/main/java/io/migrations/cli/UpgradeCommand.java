package io.migrations.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code upgrade [target] [--sql]}: applies revisions, or prints their SQL. */
@Command(name = "upgrade", mixinStandardHelpOptions = true, description = "Upgrade to a later version.")
final class UpgradeCommand extends ProjectCommand {

    @Parameters(arity = "0..1", paramLabel = "<revision>", defaultValue = "heads",
            description = "Target: heads (default), head, an id or prefix, +2, <id>+1, label@head; "
                    + "with --sql also <from>:<to>.")
    String target;

    @Option(names = "--sql", description = "Don't emit SQL to database - dump to standard output instead.")
    boolean sql;

    @Override
    public Integer call() {
        if (sql) {
            out().print(new OfflineSql(project()).upgrade(target));
        } else {
            OfflineSql.requireNoRange(target);
            project().migrations().upgrade(target);
        }
        return ExitCode.SUCCESS;
    }
}
