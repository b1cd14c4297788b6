package io.migrations.maven;

import io.migrations.internal.render.CheckText;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * {@code migrations:check}: passes when the database is at the revision heads and no applied revision changed since
 * it ran; otherwise lists each difference, as {@code migrations check} does, and fails the build. For CI gates.
 */
@Mojo(name = "check", requiresDependencyResolution = ResolutionScope.COMPILE, threadSafe = true)
public class CheckMojo extends MigrationsMojo {

    @Override
    void run(Workspace workspace) throws MojoFailureException {
        CheckText text = CheckText.of(workspace.migrations().status(), workspace.graph(),
                workspace.settings().historyTable());
        println(text.lines());
        if (!text.upToDate()) {
            throw new MojoFailureException(text.lines().get(text.lines().size() - 1)
                    + " Run migrations:upgrade, or see the lines above.");
        }
    }
}
