package io.migrations.maven;

import io.migrations.internal.author.ModelComparison;
import io.migrations.internal.author.RevisionWriter;
import io.migrations.internal.autogen.Autogenerate.Against;
import io.migrations.internal.autogen.RevisionPart;
import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * {@code migrations:revision}: writes a new revision on top of the current head into the first revisions folder (or,
 * as Java, below the source folder). With {@code autogenerate}, the revision holds what turns the schema the
 * revisions build into the model, as {@code migrations revision --autogenerate} writes it.
 */
@Mojo(name = "revision", requiresDependencyResolution = ResolutionScope.COMPILE, threadSafe = true)
public class RevisionMojo extends MigrationsMojo {

    /** The revision's message. */
    @Parameter(property = "migrations.message", defaultValue = "empty message")
    String message;

    /** A fixed revision id instead of a random one. */
    @Parameter(property = "migrations.revId")
    String revId;

    /** The revision to build on: head (default), an id, or &lt;branch&gt;@head. */
    @Parameter(property = "migrations.head", defaultValue = "head")
    String head;

    /** Allows a revision that is not a head as {@code head}, starting a branch. */
    @Parameter(property = "migrations.splice", defaultValue = "false")
    boolean splice;

    /** A branch label for the new revision. */
    @Parameter(property = "migrations.branchLabel")
    String branchLabel;

    /** Revisions the new one depends on. */
    @Parameter(property = "migrations.dependsOn")
    List<String> dependsOn = new ArrayList<>();

    /** {@code sql} (default): a file in the revisions folder; {@code java}: a class of {@code package}. */
    @Parameter(property = "migrations.format", defaultValue = "sql")
    String format;

    /** Source root that Java revisions are written below. */
    @Parameter(property = "migrations.sourceDir", defaultValue = "${project.build.sourceDirectory}")
    File sourceDir;

    /** Fills the revision with what turns the schema the revisions build into the model. */
    @Parameter(property = "migrations.autogenerate", defaultValue = "false")
    boolean autogenerate;

    /**
     * The schema as it should be: {@code .sql} files or folders of them (relative to the project's folder), applied
     * in order, or {@code url:<database url>}. Default: {@code schema.sql} next to the revisions folder.
     */
    @Parameter(property = "migrations.model")
    List<String> models = new ArrayList<>();

    /** An empty database to replay the revisions into (default: a temporary one on the server of {@code url}). */
    @Parameter(property = "migrations.shadowUrl")
    String shadowUrl;

    /** Renames, not drops and adds: {@code [schema.]table:new_table} or {@code [schema.]table.column:new_column}. */
    @Parameter(property = "migrations.rename")
    List<String> renames = new ArrayList<>();

    @Override
    void run(Workspace workspace) throws MojoFailureException {
        RevisionWriter.Request request = new RevisionWriter.Request(message, Optional.ofNullable(revId),
                branchLabel == null ? List.of() : List.of(branchLabel), format(), List.of(head), splice, dependsOn);
        Path sources = sourceDir.toPath();
        if (!autogenerate) {
            print(RevisionWriter.generated(workspace.revisionWriter(sources).write(request)));
            return;
        }
        ModelComparison comparison = workspace.modelComparison(models, shadowUrl);
        List<RevisionPart> parts = ModelComparison.revisions(comparison.compare(Against.REVISIONS), renames);
        if (parts.isEmpty()) {
            print(ModelComparison.NO_CHANGES);
            return;
        }
        for (Path written : workspace.revisionWriter(sources).writeChain(request, parts)) {
            print(RevisionWriter.generated(written));
        }
    }

    private RevisionWriter.Format format() throws MojoFailureException {
        try {
            return RevisionWriter.Format.valueOf(format.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new MojoFailureException("Unknown revision format '" + format + "': use sql or java.");
        }
    }
}
