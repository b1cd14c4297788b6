package io.migrations.maven;

import io.migrations.Migrations;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;

/** A goal that moves the version table ({@code upgrade}, {@code downgrade}): runs, or with {@code sql} prints the SQL. */
abstract class ChangeMojo extends MigrationsMojo {

    /** Prints the SQL instead of running it. */
    @Parameter(property = "migrations.sql", defaultValue = "false")
    boolean sql;

    /** The script {@code sql} prints. */
    abstract String script(Migrations migrations);

    /** Changes the database. */
    abstract void change(Migrations migrations);

    @Override
    final void run(Workspace workspace) throws MojoFailureException {
        if (sql) {
            print(script(workspace.scripts()));
        } else {
            change(workspace.migrations());
        }
    }
}
