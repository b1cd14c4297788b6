package io.migrations.script;

import java.util.List;
import java.util.Objects;
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
     * @throws ScriptException when the location does not exist, or for the first file that does not parse
     */
    @Override
    public List<Script> load() {
        List<SourceFile> files = location instanceof Location.Folder folder
                ? FolderScanner.scan(folder.path(), "", location.toString(), SQL_FILE)
                : new ClasspathResources(classLoader).find(((Location.Classpath) location).folder(), SQL_FILE);
        List<Script> scripts = files.stream()
                .map(file -> SqlScriptParser.parse(file.location(), file.text()))
                .sorted(LOAD_ORDER)
                .toList();
        LOG.debug("Read {} SQL revisions from {}", scripts.size(), location);
        return scripts;
    }

    @Override
    public String toString() {
        return "SQL revisions in " + location;
    }
}
