package io.migrations.cli;

import io.migrations.api.MigrationsException;
import io.migrations.api.ConnectionException;
import io.migrations.internal.connect.DatabaseUrl;
import io.migrations.internal.connect.Redactor;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * Turns what went wrong into one {@code FAILED: …} line on stderr, as Alembic prints its errors, and into the
 * exit code: {@link ExitCode#USAGE} for bad input (options, targets, revision files), {@link ExitCode#FAILURE} for
 * database and migration failures. Stack traces only with {@code --debug}. Everything printed goes through a
 * {@link Redactor} that knows the password of {@code --url} and {@code --password}, so text from the driver or a
 * stack trace cannot show it either.
 */
final class Failures implements IExecutionExceptionHandler, IParameterExceptionHandler {

    /** The options that name a fleet's targets ({@link FleetOptions}). */
    private static final List<String> FLEET_TARGETS = List.of("--schemas", "--schemas-query", "--targets");

    private final GlobalOptions options;

    Failures(GlobalOptions options) {
        this.options = options;
    }

    @Override
    public int handleExecutionException(Exception ex, CommandLine command, ParseResult parseResult) {
        PrintWriter err = command.getErr();
        Redactor redactor = redactor(parseResult.originalArgs());
        if (ex instanceof MigrationsException failure) {
            err.println("FAILED: " + redactor.apply(failure.getMessage()) + options(failure));
            traceIfDebug(ex, err, redactor);
            return failure.isUserError() ? ExitCode.USAGE : ExitCode.FAILURE;
        }
        err.println("FAILED: " + redactor.apply(ex.toString()));
        if (!traceIfDebug(ex, err, redactor)) {
            err.println("Run again with --debug for the stack trace.");
        }
        return ExitCode.FAILURE;
    }

    @Override
    public int handleParseException(ParameterException ex, String[] args) {
        CommandLine command = ex.getCommandLine();
        PrintWriter err = command.getErr();
        err.println("FAILED: " + (ex instanceof UnmatchedArgumentException unmatched
                ? describeUnmatched(unmatched.getUnmatched()) : redactor(List.of(args)).apply(ex.getMessage())));
        UnmatchedArgumentException.printSuggestions(ex, err);
        if (ex instanceof UnmatchedArgumentException unmatched && namesTargets(unmatched.getUnmatched())) {
            err.println(fleetHint(command.getCommandName()));
        }
        err.println("Run '" + command.getCommandSpec().qualifiedName() + " --help' for usage.");
        traceIfDebug(ex, err, redactor(List.of(args)));
        return ExitCode.USAGE;
    }

    /** Whether the arguments name a fleet's targets, which only the commands that touch a database take. */
    private static boolean namesTargets(List<String> unmatched) {
        return unmatched.stream().anyMatch(argument -> FLEET_TARGETS.stream()
                .anyMatch(option -> argument.equals(option) || argument.startsWith(option + "=")));
    }

    private static String fleetHint(String command) {
        return "'" + command + "' does not run over a fleet; upgrade, downgrade, stamp, current, check, history, log "
                + "and lint do.";
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
                shown.add(afterOption ? "'…'" : "'" + DatabaseUrl.mask(argument) + "'");
                afterOption = false;
            }
        }
        return "Unknown or unexpected argument" + (shown.size() == 1 ? "" : "s") + ": " + String.join(", ", shown)
                + (unmatched.stream().anyMatch(a -> a.startsWith("-")) ? " (values of unknown options are not shown)" : "");
    }

    private boolean traceIfDebug(Exception ex, PrintWriter err, Redactor redactor) {
        if (options.debug) {
            StringWriter trace = new StringWriter();
            ex.printStackTrace(new PrintWriter(trace));
            err.print(redactor.apply(trace.toString()));
        }
        return options.debug;
    }

    /** The options that change what a connection failure is about, as the core's message names no front end's settings. */
    private static String options(MigrationsException failure) {
        if (!(failure instanceof ConnectionException connection)) {
            return "";
        }
        return switch (connection.reason()) {
            case AUTHENTICATION, PASSWORD_REQUIRED -> " (Options: --url, --user, --password.)";
            case TIMED_OUT -> " (Options: --connect-timeout, --connect-retries.)";
            case UNREACHABLE -> " (Options: --url, --connect-retries.)";
            case UNKNOWN_HOST, SSL_UNSUPPORTED, UNKNOWN_DATABASE -> " (Option: --url.)";
            case INTERRUPTED, OTHER -> "";
        };
    }

    private Redactor redactor() {
        return Redactor.NONE.withUrl(options.url).withSecret(options.password);
    }

    /** {@link #redactor()} that also knows the passwords of {@code --model url:<database url>} arguments. */
    private Redactor redactor(List<String> args) {
        Redactor redactor = redactor();
        for (String arg : args) {
            String value = arg.startsWith("--model=") ? arg.substring("--model=".length()) : arg;
            if (value.regionMatches(true, 0, "url:", 0, 4)) {
                redactor = redactor.withUrl(value.substring(4));
            }
        }
        return redactor;
    }
}
