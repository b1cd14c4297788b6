package io.migrations.cli;

import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/** Options of the commands that compare a model with the revisions ({@code revision --autogenerate}, {@code diff}). */
final class ModelOptions {

    @Option(names = "--model", paramLabel = "<model>",
            description = "The schema as it should be: a .sql file, a folder of .sql files, url:<database url>, or "
                    + "jpa:<package>[,<package>...] for the JPA entities of those packages on --classpath; repeat to "
                    + "apply several in order (default: schema.sql next to the --dir folder).")
    List<String> models = new ArrayList<>();

    @Option(names = "--shadow-url", paramLabel = "<url>",
            description = "An empty database to replay the revisions into (default: a temporary one on the server of --url).")
    String shadowUrl;

    @Option(names = "--rename", paramLabel = "<old:new>",
            description = "A rename, not a drop and an add: [schema.]table:new_table or [schema.]table.column:new_column.")
    List<String> renames = new ArrayList<>();
}
