package io.migrations.cli;

import io.migrations.Migrations;
import io.migrations.api.MigrationResult;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code upgrade [target] [--sql]}: applies revisions, or prints their SQL. */
@Command(name = "upgrade", mixinStandardHelpOptions = true, description = "Upgrade to a later version.")
final class UpgradeCommand extends ChangeCommand {

    @Parameters(arity = "0..1", paramLabel = "<revision>", defaultValue = "heads",
            description = "Target: heads (default), head, an id or prefix, +2, <id>+1, label@head; "
                    + "with --sql also <from>:<to>.")
    String target;

    @Override
    String script(Migrations migrations) {
        return migrations.upgradeSql(target);
    }

    @Override
    MigrationResult run(Migrations migrations) {
        return migrations.upgrade(target);
    }

    @Override
    Optional<String> upgradeTarget() {
        return Optional.of(target);
    }
}
