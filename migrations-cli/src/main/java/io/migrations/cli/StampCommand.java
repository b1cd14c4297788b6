package io.migrations.cli;

import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code stamp <target>… [--purge] [--sql]}: sets the version table without running revisions. */
@Command(name = "stamp", mixinStandardHelpOptions = true,
        description = "'stamp' the revision table with the given revision; don't run any migrations.")
final class StampCommand extends ProjectCommand {

    @Parameters(arity = "1..*", paramLabel = "<revision>",
            description = "Target(s): head, heads, an id or prefix, base; several to stamp several branch heads.")
    List<String> targets;

    @Option(names = "--purge", description = "Unconditionally erase the version table before stamping.")
    boolean purge;

    @Option(names = "--sql", description = "Don't emit SQL to database - dump to standard output instead.")
    boolean sql;

    @Override
    public Integer call() {
        if (sql) {
            if (purge) {
                throw new CliException("Can't use --purge with --sql mode");
            }
            out().print(new OfflineSql(project()).stamp(targets));
        } else {
            targets.forEach(OfflineSql::requireNoRange);
            project().migrations().stamp(targets, purge);
        }
        return ExitCode.SUCCESS;
    }
}
