package io.migrations.maven;

import io.migrations.internal.render.Listings;
import io.migrations.internal.render.Listings.Detail;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/** {@code migrations:current}: the revision(s) the database is at, as {@code migrations current} prints them. */
@Mojo(name = "current", requiresDependencyResolution = ResolutionScope.COMPILE, threadSafe = true)
public class CurrentMojo extends MigrationsMojo {

    /** Shows each revision's parents, path and message, and names the database (password masked). */
    @Parameter(property = "migrations.verbose", defaultValue = "false")
    boolean verbose;

    @Override
    void run(Workspace workspace) throws MojoFailureException {
        var versions = workspace.migrations().current();
        println(Listings.current(workspace.graph(), versions, verbose ? Detail.ENTRIES : Detail.LINES,
                verbose ? workspace.maskedUrl() : ""));
    }
}
