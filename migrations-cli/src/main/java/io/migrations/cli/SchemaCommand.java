package io.migrations.cli;

import picocli.CommandLine.Command;

/**
 * {@code schema}: the database's schema in a stable, diffable text form (one line per object with its attributes, see
 * {@link io.migrations.catalog.Catalog#lines()}), without the version and history tables.
 */
@Command(name = "schema", mixinStandardHelpOptions = true,
        description = "Print the database schema, one line per object: schemas, extensions, types, sequences, tables, "
                + "columns, constraints, indexes, triggers, policies, views, functions and procedures.")
final class SchemaCommand extends ProjectCommand {

    @Override
    public Integer call() {
        out().print(project().migrations().schema());
        return ExitCode.SUCCESS;
    }
}
