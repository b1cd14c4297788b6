package io.migrations.cli;

import io.migrations.MigrationsException;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.UnmatchedArgumentException;

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
        err.println("FAILED: " + ex.getMessage());
        UnmatchedArgumentException.printSuggestions(ex, err);
        err.println("Run '" + command.getCommandSpec().qualifiedName() + " --help' for usage.");
        traceIfDebug(ex, err);
        return ExitCode.USAGE;
    }

    private boolean traceIfDebug(Exception ex, PrintWriter err) {
        if (options.debug) {
            ex.printStackTrace(err);
        }
        return options.debug;
    }
}
