package io.migrations.cli;

import io.migrations.Migrations;
import io.migrations.api.MigrationResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code downgrade <target> [--sql]}: undoes revisions, or prints their SQL. */
@Command(name = "downgrade", mixinStandardHelpOptions = true, description = "Revert to a previous version.")
final class DowngradeCommand extends ChangeCommand {

    @Parameters(paramLabel = "<revision>",
            description = "Target: -1, an id or prefix, base, label@base; with --sql also <from>:<to>.")
    String target;

    @Override
    String script(Migrations migrations) {
        return migrations.downgradeSql(target);
    }

    @Override
    MigrationResult run(Migrations migrations) {
        return migrations.downgrade(target);
    }
}
