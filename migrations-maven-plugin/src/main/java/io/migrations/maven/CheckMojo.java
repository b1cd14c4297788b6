package io.migrations.maven;

import io.migrations.catalog.CatalogDiff;
import io.migrations.internal.autogen.Autogenerate.Against;
import io.migrations.internal.render.CheckText;
import io.migrations.internal.render.ModelCheckText;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * {@code migrations:check}: passes when the database is at the target (default: the heads) and no applied revision
 * changed since it ran; otherwise lists each difference, as {@code migrations check} does, and fails the build. For CI
 * gates. With {@code models}, checks instead that the revisions build exactly the model, as
 * {@code migrations check --model}.
 */
@Mojo(name = "check", requiresDependencyResolution = ResolutionScope.COMPILE, threadSafe = true)
public class CheckMojo extends MigrationsMojo {

    /** What the database should be at: heads (default), head, an id or prefix, label@head. */
    @Parameter(property = "migrations.target", defaultValue = "heads")
    String target;

    /**
     * Checks instead that the revisions build exactly this schema: {@code .sql} files or folders of them (relative to
     * the project's folder), applied in order, or {@code url:<database url>}.
     */
    @Parameter(property = "migrations.model")
    List<String> models = new ArrayList<>();

    /** With {@code models}: an empty database to replay the revisions into (default: a temporary one). */
    @Parameter(property = "migrations.shadowUrl")
    String shadowUrl;

    /** With {@code models}: {@code text} (default) or {@code json}. */
    @Parameter(property = "migrations.format", defaultValue = "text")
    String format;

    @Override
    void run(Workspace workspace) throws MojoFailureException {
        if (!models.isEmpty()) {
            checkModel(workspace);
            return;
        }
        CheckText text = CheckText.of(workspace.migrations().check(target));
        println(text.lines());
        if (!text.passes()) {
            throw new MojoFailureException(text.lines().get(text.lines().size() - 1)
                    + " Run migrations:upgrade, or see the lines above.");
        }
    }

    private void checkModel(Workspace workspace) throws MojoFailureException {
        ModelCheckText.Format report;
        try {
            report = ModelCheckText.Format.valueOf(format.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new MojoFailureException("Unknown check format '" + format + "': use text or json.");
        }
        CatalogDiff diff = workspace.modelComparison(models, shadowUrl).compare(Against.REVISIONS).diff();
        print(ModelCheckText.of(diff, report, "'mvn migrations:revision -Dmigrations.autogenerate'"));
        if (!diff.isEmpty()) {
            throw new MojoFailureException("The revisions differ from the model in " + diff.differences().size()
                    + " place(s); see the lines above.");
        }
    }
}
