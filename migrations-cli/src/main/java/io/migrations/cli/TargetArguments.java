package io.migrations.cli;

import io.migrations.internal.connect.DatabaseUrl;
import java.util.Set;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * Refuses a database URL given where a revision belongs ({@code migrations upgrade "$DATABASE_URL"}) before any
 * command echoes it: the error shows the URL masked and says where it goes instead.
 */
final class TargetArguments {

    /** The parameter labels of every argument that names revisions or a range of them. */
    private static final Set<String> REVISION_LABELS = Set.of("<revision>", "<revisions>", "<rev>", "<start:end>");

    private TargetArguments() {
    }

    /** @throws ParameterException when a revision argument of {@code parsed}'s command or its subcommands is a URL */
    static void check(ParseResult parsed) {
        for (ParseResult command = parsed; command != null; command = command.subcommand()) {
            for (ArgSpec arg : command.matchedArgs()) {
                if (!REVISION_LABELS.contains(arg.paramLabel())) {
                    continue;
                }
                for (String value : arg.stringValues()) {
                    if (DatabaseUrl.looksLikeUrl(value)) {
                        throw new ParameterException(command.commandSpec().commandLine(), "The " + name(arg)
                                + " argument is a database URL (" + DatabaseUrl.mask(value) + "). Give the database with "
                                + "--url or DATABASE_URL, and a revision such as head, +1 or an id here.");
                    }
                }
            }
        }
    }

    private static String name(ArgSpec arg) {
        return arg instanceof OptionSpec option ? option.longestName() : arg.paramLabel();
    }
}
