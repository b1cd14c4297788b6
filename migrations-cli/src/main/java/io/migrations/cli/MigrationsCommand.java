package io.migrations.cli;

import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * The top command: global options, and Alembic's commands below it ({@link #COMMANDS}, which {@link Cli} registers:
 * only the one a command line names, since building every command's options is much of a short run's start-up).
 */
@Command(name = "migrations", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        sortOptions = false, usageHelpAutoWidth = true,
        description = "Database migrations the Alembic way: the same commands, targets and version table.",
        footer = {"", "Exit codes: 0 success, 1 migration or database failure, 2 usage or revision error.",
            "Run 'migrations <command> --help' for a command's options."})
public final class MigrationsCommand implements Callable<Integer> {

    /** Every command, in the order the usage lists them. */
    public static final List<Class<?>> COMMANDS = List.of(
            InitCommand.class,
            RevisionCommand.class,
            MergeCommand.class,
            UpgradeCommand.class,
            DowngradeCommand.class,
            StampCommand.class,
            CurrentCommand.class,
            HistoryCommand.class,
            HeadsCommand.class,
            BranchesCommand.class,
            ShowCommand.class,
            CheckCommand.class,
            LogCommand.class,
            DiffCommand.class,
            LintCommand.class,
            SchemaCommand.class,
            GraphCommand.class);

    @Mixin
    GlobalOptions options;

    @Spec
    CommandSpec spec;

    private Project project;

    /** Without a command, show the usage and fail as a usage error. */
    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return ExitCode.USAGE;
    }

    /** The revisions and database the options point at; one per run. */
    Project project() {
        if (project == null) {
            project = new Project(options);
        }
        return project;
    }
}
