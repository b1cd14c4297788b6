package io.migrations.maven;

import io.migrations.api.FailOn;
import io.migrations.api.LintFormat;
import io.migrations.api.LintReport;
import io.migrations.internal.graph.TargetResolver;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * {@code migrations:lint}: reports operations that are risky on a live database, each with the safe way to do them,
 * and fails the build on a finding at or above {@code failOn}. Needs no database.
 */
@Mojo(name = "lint", requiresDependencyResolution = ResolutionScope.COMPILE, threadSafe = true)
public class LintMojo extends MigrationsMojo {

    /** Revisions to lint: ids, prefixes, head, label@head, … Default: all. */
    @Parameter(property = "migrations.revisions")
    List<String> revisions = new ArrayList<>();

    /** {@code text} (default) or {@code json}. */
    @Parameter(property = "migrations.format", defaultValue = "text")
    String format;

    /** {@code error} (default), {@code warning} or {@code never}: the severity from which the build fails. */
    @Parameter(property = "migrations.failOn", defaultValue = "error")
    String failOn;

    @Override
    void run(Workspace workspace) throws MojoFailureException {
        FailOn threshold = FailOn.parse(failOn);
        boolean json = switch (format.strip().toLowerCase(Locale.ROOT)) {
            case "text" -> false;
            case "json" -> true;
            default -> throw new MojoFailureException("Unknown lint format '" + format + "': use text or json.");
        };
        TargetResolver resolver = new TargetResolver(workspace.graph());
        List<String> ids = revisions.stream().flatMap(target -> resolver.resolve(target).stream()).toList();
        LintReport report = workspace.set().lint(ids);
        print(json ? LintFormat.json(report) : LintFormat.text(report));
        if (threshold.fails(report)) {
            throw new MojoFailureException("Lint found " + report.active().size() + " finding(s), the worst "
                    + report.worst().map(Object::toString).orElse("none") + " (failOn: " + failOn + "); see above.");
        }
    }
}
