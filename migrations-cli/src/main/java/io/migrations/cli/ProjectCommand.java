package io.migrations.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** A subcommand: reaches the project of the top command and writes to the command line's output. */
abstract class ProjectCommand implements Callable<Integer> {

    @ParentCommand
    MigrationsCommand root;

    @Spec
    CommandSpec spec;

    Project project() {
        return root.project();
    }

    Revisions revisions() {
        return root.project().revisions();
    }

    PrintWriter out() {
        return spec.commandLine().getOut();
    }
}
