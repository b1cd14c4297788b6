package io.migrations.cli;

import io.migrations.Migrations;
import io.migrations.internal.autogen.Autogenerate.Against;
import io.migrations.internal.autogen.Autogenerate;
import io.migrations.internal.autogen.Model;
import io.migrations.internal.autogen.Renames;
import io.migrations.internal.autogen.RevisionPart;
import io.migrations.internal.connect.DatabaseUrl;
import java.nio.file.Path;
import java.util.List;

/**
 * The model of {@code --model} (or {@code schema.sql} next to the revisions) compared with what the revisions build,
 * on the server of {@code --url} (or of {@code --shadow-url}).
 */
final class ModelComparison {

    private final Project project;
    private final List<String> models;
    private final String shadowUrl;

    ModelComparison(Project project, List<String> models, String shadowUrl) {
        this.project = project;
        this.models = List.copyOf(models);
        this.shadowUrl = shadowUrl;
    }

    /** Compares the model with the revisions (or the database). */
    Autogenerate.Comparison compare(Against against) {
        GlobalOptions options = project.options();
        DatabaseUrl shadow = shadowUrl == null ? null : DatabaseUrl.parse(shadowUrl, options.user, options.password);
        if (options.url == null && shadow == null) {
            throw new CliException("A model is compared on a PostgreSQL server: give --url (or DATABASE_URL), or "
                    + "--shadow-url with an empty database.");
        }
        if (options.url == null && against == Against.DATABASE) {
            throw new CliException("--against database needs --url (or DATABASE_URL).");
        }
        DatabaseUrl server = options.url != null ? DatabaseUrl.parse(options.url, options.user, options.password) : shadow;
        Migrations migrations = project.migrationsForNewRevision();
        return Autogenerate.compare(new Autogenerate.Sources(migrations::catalog, migrations::build,
                migrations::catalogOf), models(), against, new Autogenerate.Servers(server, shadow));
    }

    /** The revisions that turn what the revisions build into the model. */
    List<RevisionPart> revisions(Autogenerate.Comparison comparison, List<String> renames) {
        return comparison.revisions(Renames.parse(renames, comparison.current()));
    }

    private List<Model> models() {
        GlobalOptions options = project.options();
        Path base = Path.of("").toAbsolutePath();
        if (!models.isEmpty()) {
            ClassLoader classLoader = project.revisions().classLoader();
            return models.stream().map(model -> Model.parse(model, base, options.user, options.password, classLoader))
                    .toList();
        }
        return Model.nextToRevisions(List.of(project.revisions().location()), project.revisions().classLoader())
                .map(List::of).orElseThrow(() -> new CliException("No model: give --model <file.sql|folder|url:...|"
                        + "jpa:...>, or write the schema to " + project.revisions().folder()
                        .map(folder -> folder.toAbsolutePath().getParent()).orElse(base).resolve(Model.SCHEMA_FILE)
                        + "."));
    }
}
