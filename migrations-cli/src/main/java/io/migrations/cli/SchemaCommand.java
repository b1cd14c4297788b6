package io.migrations.cli;

import picocli.CommandLine.Command;

/** {@code schema}: the database's schema in a stable, diffable text form, without the version and history tables. */
@Command(name = "schema", mixinStandardHelpOptions = true,
        description = "Print the database schema (tables, columns, constraints, indexes, sequences, views, enums).")
final class SchemaCommand extends ProjectCommand {

    @Override
    public Integer call() {
        out().print(project().migrations().schema());
        return ExitCode.SUCCESS;
    }
}
