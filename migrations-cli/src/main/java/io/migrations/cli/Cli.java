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
            return commandLine(root, args).execute(args);
        } catch (OutOfMemoryError e) {
            // One line as for any failure, not the JVM's stack trace; what was allocated is garbage by now.
            err.println("FAILED: out of memory (" + e.getMessage() + "; the heap holds at most "
                    + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MB). Look for an unexpectedly large revision "
                    + "file, or give the JVM more memory, e.g. JAVA_TOOL_OPTIONS=-Xmx1g.");
            return ExitCode.FAILURE;
        } finally {
            out.flush();
            err.flush();
        }
    }

    /** The picocli command line over {@code root} with every command, set up with this tool's environment, streams and handlers. */
    CommandLine commandLine(MigrationsCommand root) {
        return withCommands(new CommandLine(root), MigrationsCommand.COMMANDS);
    }

    /**
     * The command line for {@code args}: with the one command they run, when their first word that is neither a
     * global option nor an option's value names one; otherwise with every command, for the usage, {@code --help}
     * or the message about a mistyped command.
     */
    private CommandLine commandLine(MigrationsCommand root, String... args) {
        CommandLine commandLine = new CommandLine(root);
        CommandSpec globals = commandLine.getCommandSpec();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (!arg.startsWith("-")) {
                return withCommands(commandLine, MigrationsCommand.COMMANDS.stream()
                        .filter(command -> isCalled(command, arg)).findFirst()
                        .<List<Class<?>>>map(List::of).orElse(MigrationsCommand.COMMANDS));
            }
            if (!arg.contains("=")) {
                OptionSpec option = globals.findOption(arg);
                if (option == null) {
                    break;
                }
                if (option.arity().max() > 0) {
                    i++;
                }
            }
        }
        return withCommands(commandLine, MigrationsCommand.COMMANDS);
    }

    private static boolean isCalled(Class<?> command, String word) {
        CommandLine.Command annotation = command.getAnnotation(CommandLine.Command.class);
        return annotation.name().equals(word) || List.of(annotation.aliases()).contains(word);
    }

    private CommandLine withCommands(CommandLine commandLine, List<Class<?>> commands) {
        // Before the settings below, which reach only the commands registered when they are made. Loops and a named
        // strategy class, not lambdas over picocli's types: a lambda links its old class files (version 49) while the
        // launcher dumps its class-data sharing archive, and a linked old class stays out of the archive.
        for (Class<?> command : commands) {
            commandLine.addSubcommand(command);
        }
        MigrationsCommand root = commandLine.getCommand();
        Failures failures = new Failures(root.options);
        commandLine.setOut(out)
                .setErr(err)
                .setCaseInsensitiveEnumValuesAllowed(true)
                // A table may well be named "history" or "current": values are never taken for commands.
                .setAllowSubcommandsAsOptionParameters(true)
                .setDefaultValueProvider(new EnvironmentDefaults(environment))
                .setExecutionExceptionHandler(failures)
                .setParameterExceptionHandler(failures)
                .setExecutionStrategy(new Strategy(root.options));
        for (CommandLine command : commandLine.getSubcommands().values()) {
            hideGlobalOptions(command);
        }
        return commandLine;
    }

    /** Checks the targets, turns on debug logging when asked, then runs the command as picocli does. */
    private static final class Strategy implements CommandLine.IExecutionStrategy {

        private final GlobalOptions options;

        Strategy(GlobalOptions options) {
            this.options = options;
        }

        @Override
        public int execute(CommandLine.ParseResult parsed) {
            TargetArguments.check(parsed);
            if (options.debug) {
                CliLogging.enableDebug();
            }
            return new CommandLine.RunLast().execute(parsed);
        }
    }
}
