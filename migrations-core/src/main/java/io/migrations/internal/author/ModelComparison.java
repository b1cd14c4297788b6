package io.migrations.internal.author;

import io.migrations.internal.autogen.Autogenerate;
import io.migrations.internal.autogen.Autogenerate.Against;
import io.migrations.internal.autogen.Model;
import io.migrations.internal.autogen.Renames;
import io.migrations.internal.autogen.RevisionPart;
import io.migrations.internal.connect.DatabaseUrl;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The model a front end was given (or {@code schema.sql} next to the revisions folder) compared with what the
 * revisions build, on the server of the database URL (or of the shadow URL): what {@code revision --autogenerate},
 * {@code diff} and {@code check --model} share.
 */
public final class ModelComparison {

    /** The file name looked for next to the revisions folder when no model is given. */
    public static final String DEFAULT_MODEL = Model.SCHEMA_FILE;

    /** What {@code revision --autogenerate} says when the revisions already build the model. */
    public static final String NO_CHANGES = "No changes in schema detected: the revisions build the model. Nothing written.";

    /**
     * What to compare, and where.
     *
     * @param models    model values as the user gave them: {@code .sql} files, folders, {@code url:<database url>},
     *                  {@code classpath:<resource>}, {@code jpa:<package>}; empty for the default
     * @param url       the database URL; null when none is given
     * @param user      the user for URLs that name none; may be null
     * @param password  its password; may be null
     * @param shadowUrl an empty database to replay the revisions into; null for a throwaway one
     * @param base      the folder relative model paths are read from
     * @param folder    the revisions folder, next to which the default model is looked for; empty when not on disk
     * @param classLoader where {@code classpath:} models, JPA entities and model providers ({@code jpa:}) are found
     */
    public record Request(List<String> models, String url, String user, String password, String shadowUrl, Path base,
                          Optional<Path> folder, ClassLoader classLoader) {

        public Request {
            models = List.copyOf(models);
        }
    }

    private final Request request;
    private final Supplier<Autogenerate.Sources> sources;
    private final SettingNames names;

    /**
     * @param sources how to read the schemas, asked for once the request is known to be complete
     * @param names   how the front end names its settings, for messages
     */
    public ModelComparison(Request request, Supplier<Autogenerate.Sources> sources, SettingNames names) {
        this.request = request;
        this.sources = sources;
        this.names = names;
    }

    /** Compares the model with the revisions (or the database). */
    public Autogenerate.Comparison compare(Against against) {
        DatabaseUrl shadow = request.shadowUrl() == null ? null
                : DatabaseUrl.parse(request.shadowUrl(), request.user(), request.password());
        if (request.url() == null && shadow == null) {
            throw new NewRevisionException("A model is compared on a PostgreSQL server: give " + names.of(Setting.URL)
                    + ", or " + names.of(Setting.SHADOW_URL) + " with an empty database.");
        }
        if (request.url() == null && against == Against.DATABASE) {
            throw new NewRevisionException("Comparing with the database needs " + names.of(Setting.URL) + ".");
        }
        DatabaseUrl server = request.url() != null
                ? DatabaseUrl.parse(request.url(), request.user(), request.password()) : shadow;
        return Autogenerate.compare(sources.get(), models(), against, new Autogenerate.Servers(server, shadow));
    }

    /** The revisions that turn what the revisions build into the model, with the renames the user stated. */
    public static List<RevisionPart> revisions(Autogenerate.Comparison comparison, List<String> renames) {
        return comparison.revisions(Renames.parse(renames, comparison.current()));
    }

    private List<Model> models() {
        if (!request.models().isEmpty()) {
            return request.models().stream()
                    .map(model -> Model.parse(model, request.base(), request.user(), request.password(),
                            request.classLoader())).toList();
        }
        Path fallback = request.folder().map(folder -> folder.toAbsolutePath().getParent())
                .orElse(request.base()).resolve(DEFAULT_MODEL);
        if (!Files.isRegularFile(fallback)) {
            throw new NewRevisionException("No model: give " + names.of(Setting.MODEL) + " <file.sql|folder|url:...|jpa:...>, "
                    + "or write the schema to " + fallback + ".");
        }
        return List.of(new Model.Sql(fallback));
    }
}
