package io.migrations.cli;

import io.migrations.api.MigrationsException;
import io.migrations.internal.connect.DatabaseUrl;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.UnmatchedArgumentException;
import picocli.CommandLine;

/**
 * Turns what went wrong into one {@code FAILED: …} line on stderr, as Alembic prints its errors, and into the
 * exit code: {@link ExitCode#USAGE} for bad input (options, targets, revision files), {@link ExitCode#FAILURE} for
 * database and migration failures. Stack traces only with {@code --debug}.
 */
final class Failures implements IExecutionExceptionHandler, IParameterExceptionHandler {

    private final GlobalOptions options;

    Failures(GlobalOptions options) {
        this.options = options;
    }

    @Override
    public int handleExecutionException(Exception ex, CommandLine command, ParseResult parseResult) {
        PrintWriter err = command.getErr();
        if (ex instanceof MigrationsException failure) {
            err.println("FAILED: " + failure.getMessage());
            traceIfDebug(ex, err);
            return failure.isUserError() ? ExitCode.USAGE : ExitCode.FAILURE;
        }
        err.println("FAILED: " + ex);
        if (!traceIfDebug(ex, err)) {
            err.println("Run again with --debug for the stack trace.");
        }
        return ExitCode.FAILURE;
    }

    @Override
    public int handleParseException(ParameterException ex, String[] args) {
        CommandLine command = ex.getCommandLine();
        PrintWriter err = command.getErr();
        err.println("FAILED: " + (ex instanceof UnmatchedArgumentException unmatched
                ? describeUnmatched(unmatched.getUnmatched()) : ex.getMessage()));
        UnmatchedArgumentException.printSuggestions(ex, err);
        err.println("Run '" + command.getCommandSpec().qualifiedName() + " --help' for usage.");
        traceIfDebug(ex, err);
        return ExitCode.USAGE;
    }

    /**
     * picocli's own message repeats every unmatched argument, so a mistyped {@code --pasword s3cret} would print the
     * password: show an unknown option's name only, hide the value after it, and mask passwords in URLs.
     */
    static String describeUnmatched(List<String> unmatched) {
        List<String> shown = new ArrayList<>();
        boolean afterOption = false;
        for (String argument : unmatched) {
            if (argument.startsWith("-")) {
                int equals = argument.indexOf('=');
                shown.add("'" + (equals < 0 ? argument : argument.substring(0, equals + 1) + "…") + "'");
                afterOption = equals < 0;
            } else {
                shown.add(afterOption ? "'…'" : "'" + DatabaseUrl.redact(argument) + "'");
                afterOption = false;
            }
        }
        return "Unknown or unexpected argument" + (shown.size() == 1 ? "" : "s") + ": " + String.join(", ", shown)
                + (unmatched.stream().anyMatch(a -> a.startsWith("-")) ? " (values of unknown options are not shown)" : "");
    }

    private boolean traceIfDebug(Exception ex, PrintWriter err) {
        if (options.debug) {
            ex.printStackTrace(err);
        }
        return options.debug;
    }
}
