package io.migrations.internal.script;

import io.migrations.api.ScriptException;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The SQL revision files of one {@link Location}: every {@code *.sql} file in it or its subfolders, except hidden
 * ones (names starting with {@code .}, such as editor lock files). Other files are ignored.
 */
public final class SqlRevisionSource implements RevisionSource {

    private static final Logger LOG = LoggerFactory.getLogger(SqlRevisionSource.class);

    private static final Predicate<String> SQL_FILE = name -> {
        String fileName = SourceFile.fileNameOf(name);
        return fileName.endsWith(SqlRevisionTemplate.EXTENSION) && !fileName.startsWith(".");
    };

    private final Location location;
    private final ClassLoader classLoader;

    /**
     * @param location    where the files are
     * @param classLoader searched for {@link Location.Classpath} locations
     */
    public SqlRevisionSource(Location location, ClassLoader classLoader) {
        this.location = Objects.requireNonNull(location, "location");
        this.classLoader = Objects.requireNonNull(classLoader, "classLoader");
    }

    /** The SQL revisions of all {@code locations} as one source. */
    public static RevisionSource of(List<Location> locations, ClassLoader classLoader) {
        return new CompositeRevisionSource(locations.stream()
                .<RevisionSource>map(location -> new SqlRevisionSource(location, classLoader))
                .toList());
    }

    /**
     * {@inheritDoc}
     *
     * @throws ScriptException when the location does not exist, or for the first file in load order that does not parse
     */
    @Override
    public List<Script> load() {
        List<SourceFile> files = location instanceof Location.Folder folder
                ? FolderScanner.scan(folder.path(), "", location.toString(), SQL_FILE)
                : new ClasspathResources(classLoader).find(((Location.Classpath) location).folder(), SQL_FILE);
        List<Script> scripts = LoadOrder.sort(parse(files));
        LOG.debug("Read {} SQL revisions from {}", scripts.size(), location);
        return scripts;
    }

    /**
     * Parses on every core: with thousands of revisions, parsing is most of what an application start pays when
     * nothing is pending. Of several broken files, the first in load order is reported, whichever failed first.
     */
    private static List<Script> parse(List<SourceFile> files) {
        List<Parsed> parsed = files.parallelStream().map(Parsed::of).toList();
        Optional<ScriptException> first = parsed.stream().map(Parsed::problem).filter(Objects::nonNull)
                .min(Comparator.comparing(ScriptException::location, LoadOrder.LOCATIONS));
        if (first.isPresent()) {
            throw first.get();
        }
        return parsed.stream().map(Parsed::script).toList();
    }

    /** A file's script, or why it has none. */
    private record Parsed(Script script, ScriptException problem) {

        static Parsed of(SourceFile file) {
            try {
                return new Parsed(SqlScriptParser.parse(file.location(), file.text()), null);
            } catch (ScriptException e) {
                return new Parsed(null, e);
            }
        }
    }

    @Override
    public String toString() {
        return "SQL revisions in " + location;
    }
}
