package io.migrations.cli;

import io.migrations.internal.author.RevisionWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Option;

/** Options of the commands that write a new revision file ({@code revision}, {@code merge}). */
final class NewRevisionOptions {

    @Option(names = {"-m", "--message"}, paramLabel = "<message>", description = "Message string to use with the revision.")
    String message = "empty message";

    @Option(names = "--rev-id", paramLabel = "<id>",
            description = "Specify a hardcoded revision identifier instead of generating one.")
    String revisionId;

    @Option(names = "--branch-label", paramLabel = "<label>", description = "Specify a branch label to apply to the new revision.")
    String branchLabel;

    @Option(names = "--format", paramLabel = "<format>",
            description = "sql (default): a SQL file in --dir; java: a class of --package below --source-dir.")
    RevisionWriter.Format format = RevisionWriter.Format.SQL;

    @Option(names = "--source-dir", paramLabel = "<dir>",
            description = "Source root Java revisions are written below (default: src/main/java).")
    Path sourceDir = Path.of("src/main/java");

    /** The new revision on {@code parents}, as these options describe it. */
    RevisionWriter.Request request(List<String> parents, boolean splice, List<String> dependsOn) {
        return new RevisionWriter.Request(message, Optional.ofNullable(revisionId),
                branchLabel == null ? List.of() : List.of(branchLabel), format, parents, splice, dependsOn);
    }
}
