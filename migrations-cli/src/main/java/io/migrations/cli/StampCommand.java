package io.migrations.cli;

import io.migrations.Migrations;
import io.migrations.api.MigrationResult;
import io.migrations.api.StampMode;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code stamp <target>… [--purge] [--sql]}: sets the version table without running revisions. */
@Command(name = "stamp", mixinStandardHelpOptions = true,
        description = "'stamp' the revision table with the given revision; don't run any migrations.")
final class StampCommand extends ChangeCommand {

    @Parameters(arity = "1..*", paramLabel = "<revision>",
            description = "Target(s): head, heads, an id or prefix, base; several to stamp several branch heads.")
    List<String> targets;

    @Option(names = "--purge", description = "Unconditionally erase the version table before stamping.")
    boolean purge;

    @Override
    String script(Migrations migrations) {
        if (purge) {
            throw new CliException("Can't use --purge with --sql mode");
        }
        return migrations.stampSql(targets);
    }

    @Override
    MigrationResult run(Migrations migrations) {
        return migrations.stamp(targets, purge ? StampMode.PURGE : StampMode.KEEP);
    }
}
