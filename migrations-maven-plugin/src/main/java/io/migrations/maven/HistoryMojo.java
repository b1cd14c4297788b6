package io.migrations.maven;

import io.migrations.internal.render.Listings;
import io.migrations.internal.render.Listings.Detail;
import io.migrations.internal.render.Listings.Marking;
import java.util.List;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * {@code migrations:history}: the revisions newest first, as {@code migrations history} prints them. Reads the
 * database only to mark the current revisions or for a range that ends at {@code current}.
 */
@Mojo(name = "history", requiresDependencyResolution = ResolutionScope.COMPILE, threadSafe = true)
public class HistoryMojo extends MigrationsMojo {

    /** A range {@code [start]:[end]}; {@code current} is the database's revision. Default: every revision. */
    @Parameter(property = "migrations.range")
    String range;

    /** Shows each revision's parents, path and message. */
    @Parameter(property = "migrations.verbose", defaultValue = "false")
    boolean verbose;

    /** Marks the revisions the database is at with {@code (current)}. */
    @Parameter(property = "migrations.indicateCurrent", defaultValue = "false")
    boolean indicateCurrent;

    @Override
    void run(Workspace workspace) throws MojoFailureException {
        Marking marking = indicateCurrent ? Marking.CURRENT : Marking.NONE;
        List<String> current = Listings.historyReadsDatabase(range, marking) ? workspace.migrations().current()
                : List.of();
        println(Listings.history(workspace.graph(), range, current, marking, verbose ? Detail.ENTRIES : Detail.LINES));
    }
}
