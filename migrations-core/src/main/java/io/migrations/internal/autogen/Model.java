package io.migrations.internal.autogen;

import io.migrations.api.ModelProvider;
import io.migrations.internal.connect.DatabaseUrl;
import io.migrations.internal.script.Location;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the schema should be: SQL applied to a throwaway database (files, or text from elsewhere such as a
 * {@link ModelProvider}), or a reference database as it is.
 */
public sealed interface Model permits Model.Sql, Model.Text, Model.Database {

    /** The artifact that provides {@code jpa:} models. */
    String HIBERNATE_ARTIFACT = "io.migrations:migrations-hibernate";

    /** The model's file name next to the revisions folder. */
    String SCHEMA_FILE = "schema.sql";

    /** {@code kind:rest}; one letter before the colon is a Windows drive, not a kind. */
    Pattern KIND = Pattern.compile("([A-Za-z][A-Za-z0-9+.-]+):(.*)", Pattern.DOTALL);

    /**
     * SQL files.
     *
     * @param path a {@code .sql} file or a folder of them
     */
    record Sql(Path path) implements Model {

        ModelScript script() {
            return ModelScript.of(path);
        }

        @Override
        public String toString() {
            return path.toString();
        }
    }

    /**
     * SQL text that is not a file of its own: a class path resource, the DDL of a {@link ModelProvider}.
     *
     * @param name where it comes from, for messages ({@code jpa:com.acme.domain})
     * @param sql  the text, produced when the model is applied (on the thread that applies it)
     */
    record Text(String name, Supplier<String> sql) implements Model {

        ModelScript script() {
            return ModelScript.of(name, sql.get());
        }

        @Override
        public String toString() {
            return name;
        }
    }

    /**
     * A reference database, read as it is.
     *
     * @param url its URL
     */
    record Database(DatabaseUrl url) implements Model {

        @Override
        public String toString() {
            return "url:" + url.redactedUrl();
        }
    }

    /**
     * Reads a {@code --model} value: {@code url:<database url>}, {@code classpath:<resource>}, {@code kind:argument}
     * for a {@link ModelProvider} found on {@code classLoader} ({@code jpa:com.acme.domain}), or a path
     * ({@code filesystem:} optional) relative to {@code base}.
     *
     * @param user     the user for a database URL that names none
     * @param password its password
     * @throws AutogenerateException for a blank value, or a kind no provider on the class path answers to
     */
    static Model parse(String value, Path base, String user, String password, ClassLoader classLoader) {
        return parse(value, base, user, password, classLoader, Map.of());
    }

    /**
     * {@link #parse(String, Path, String, String, ClassLoader)} with settings for the provider: the Hibernate
     * properties of an application's {@code EntityManagerFactory}.
     */
    static Model parse(String value, Path base, String user, String password, ClassLoader classLoader,
                       Map<String, Object> settings) {
        String spec = value == null ? "" : value.strip();
        if (spec.isEmpty()) {
            throw new AutogenerateException("--model needs a value: a .sql file, a folder of .sql files, "
                    + "url:<database url> or jpa:<package>");
        }
        Matcher kinded = KIND.matcher(spec);
        if (!kinded.matches()) {
            return new Sql(base.resolve(spec).normalize());
        }
        String kind = kinded.group(1).toLowerCase(Locale.ROOT);
        if (kind.equals("classpath")) {
            return resource(kinded.group(2), classLoader);
        }
        if (kind.equals("filesystem") || kind.equals("file")) {
            Location location = Location.parse(spec);
            return new Sql(base.resolve(((Location.Folder) location).path()).normalize());
        }
        if (kind.equals("url")) {
            DatabaseUrl url = DatabaseUrl.parse(kinded.group(2), null, null);
            return new Database(url.user() != null ? url : new DatabaseUrl(url.jdbcUrl(), user, password));
        }
        List<ModelProvider> providers = ServiceLoader.load(ModelProvider.class, classLoader).stream()
                .map(ServiceLoader.Provider::get).toList();
        for (ModelProvider provider : providers) {
            if (provider.kind().equalsIgnoreCase(kind)) {
                return new Text(spec, () -> provider.ddl(kinded.group(2).strip(), classLoader, settings));
            }
        }
        if (kind.equals("jpa")) {
            throw new AutogenerateException("--model " + spec + ": JPA models need the " + HIBERNATE_ARTIFACT
                    + " artifact, which is not on the class path: add that dependency, or with the CLI put its jar with "
                    + "Hibernate, migrations-hibernate-<version>-all.jar, on --classpath; or give a .sql model");
        }
        Path path = base.resolve(spec).normalize();
        if (Files.exists(path)) {
            return new Sql(path);
        }
        throw new AutogenerateException("--model " + spec + ": no model kind '" + kind + ":' (known: url:, classpath:"
                + providers.stream().map(p -> ", " + p.kind() + ":").reduce("", String::concat)
                + ") and no such file; give a .sql file, a folder of .sql files or url:<database url>");
    }

    /**
     * The model kept next to the revisions, {@code schema.sql} beside the first revisions folder that has one:
     * {@code classpath:db/schema.sql} for {@code classpath:db/migrations}, {@code /srv/db/schema.sql} for
     * {@code /srv/db/migrations}.
     *
     * @param locations the revision locations, as {@code MigrationsConfig} takes them
     */
    static Optional<Model> nextToRevisions(List<String> locations, ClassLoader classLoader) {
        for (String text : locations) {
            Location location = Location.parse(text);
            if (location instanceof Location.Classpath folder) {
                int slash = folder.folder().lastIndexOf('/');
                String name = (slash < 0 ? "" : folder.folder().substring(0, slash + 1)) + SCHEMA_FILE;
                if (classLoader.getResource(name) != null) {
                    return Optional.of(resource(name, classLoader));
                }
            } else {
                Path folder = ((Location.Folder) location).path().toAbsolutePath().normalize();
                Path file = (folder.getParent() != null ? folder.getParent() : folder).resolve(SCHEMA_FILE);
                if (Files.isRegularFile(file)) {
                    return Optional.of(new Sql(file));
                }
            }
        }
        return Optional.empty();
    }

    /** A class path resource, read when the model is applied. */
    private static Model resource(String name, ClassLoader classLoader) {
        String resource = name.strip().replaceAll("^/+", "");
        if (classLoader.getResource(resource) == null) {
            throw new AutogenerateException("--model classpath:" + resource + ": no such resource on the class path");
        }
        return new Text(Location.CLASSPATH_PREFIX + resource, () -> {
            try (InputStream in = classLoader.getResourceAsStream(resource)) {
                return new String(Objects.requireNonNull(in, resource).readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new AutogenerateException("Could not read the model classpath:" + resource + ": "
                        + e.getMessage(), e);
            }
        });
    }
}
