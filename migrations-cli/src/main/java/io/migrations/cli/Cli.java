package io.migrations.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine;

/**
 * The command line tool with its environment and output streams passed in, so that it runs the same in a
 * terminal ({@link Main}) and in tests.
 */
public final class Cli {

    private final Map<String, String> environment;
    private final PrintWriter out;
    private final PrintWriter err;

    /**
     * @param environment where global options not on the command line are read from (see {@link EnvironmentDefaults})
     * @param out         command output: listings, generated SQL
     * @param err         errors and usage messages; log lines go to the process's stderr
     */
    public Cli(Map<String, String> environment, PrintWriter out, PrintWriter err) {
        this.environment = Map.copyOf(environment);
        this.out = out;
        this.err = err;
    }

    /**
     * Keeps a command's help to its own options: the global ones it inherits stay accepted but are listed once,
     * in {@code migrations --help}.
     */
    private static void hideGlobalOptions(CommandLine command) {
        CommandSpec spec = command.getCommandSpec();
        for (OptionSpec option : List.copyOf(spec.options())) {
            if (option.inherited()) {
                spec.remove(option);
                spec.addOption(option.toBuilder().hidden(true).build());
            }
        }
        spec.usageMessage().footer("", "Global options such as --url and --dir: see 'migrations --help'.");
    }

    /** Runs one command line and returns its exit code (see {@link ExitCode}). */
    public int execute(String... args) {
        MigrationsCommand root = new MigrationsCommand();
        try {
            return commandLine(root).execute(args);
        } finally {
            out.flush();
            err.flush();
        }
    }

    /** The picocli command line over {@code root}, set up with this tool's environment, streams and handlers. */
    CommandLine commandLine(MigrationsCommand root) {
        CommandLine commandLine = new CommandLine(root);
        Failures failures = new Failures(root.options);
        commandLine.setOut(out)
                .setErr(err)
                .setCaseInsensitiveEnumValuesAllowed(true)
                // A table may well be named "history" or "current": values are never taken for commands.
                .setAllowSubcommandsAsOptionParameters(true)
                .setDefaultValueProvider(new EnvironmentDefaults(environment))
                .setExecutionExceptionHandler(failures)
                .setParameterExceptionHandler(failures)
                .setExecutionStrategy(parsed -> {
                    if (root.options.debug) {
                        CliLogging.enableDebug();
                    }
                    return new CommandLine.RunLast().execute(parsed);
                });
        commandLine.getSubcommands().values().forEach(Cli::hideGlobalOptions);
        return commandLine;
    }
}
