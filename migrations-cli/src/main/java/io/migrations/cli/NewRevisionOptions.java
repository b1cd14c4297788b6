package io.migrations.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Option;

/** Options of the commands that write a new revision file ({@code revision}, {@code merge}). */
final class NewRevisionOptions {

    /** The kinds of file a new revision can be. */
    enum Format {
        /** A SQL file in the --dir folder. */
        SQL,
        /** A Java class of the --package package below --source-dir. */
        JAVA
    }

    @Option(names = {"-m", "--message"}, paramLabel = "<message>", description = "Message string to use with the revision.")
    String message = "empty message";

    @Option(names = "--rev-id", paramLabel = "<id>",
            description = "Specify a hardcoded revision identifier instead of generating one.")
    String revisionId;

    @Option(names = "--branch-label", paramLabel = "<label>", description = "Specify a branch label to apply to the new revision.")
    String branchLabel;

    @Option(names = "--format", paramLabel = "<format>",
            description = "sql (default): a SQL file in --dir; java: a class of --package below --source-dir.")
    Format format = Format.SQL;

    @Option(names = "--source-dir", paramLabel = "<dir>",
            description = "Source root Java revisions are written below (default: src/main/java).")
    Path sourceDir = Path.of("src/main/java");

    Optional<String> id() {
        return Optional.ofNullable(revisionId);
    }

    List<String> branchLabels() {
        return branchLabel == null ? List.of() : List.of(branchLabel);
    }
}
