package io.migrations.internal.script;

import io.migrations.api.ScriptException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The SQL revision files of one {@link Location}: every {@code *.sql} file (the extension in any case) in it or its
 * subfolders, except hidden ones (names starting with {@code .}, such as editor lock files). Other files are ignored.
 */
public final class SqlRevisionSource implements RevisionSource {

    private static final Logger LOG = LoggerFactory.getLogger(SqlRevisionSource.class);

    private static final Predicate<String> SQL_FILE = name -> {
        String fileName = SourceFile.fileNameOf(name);
        return SqlRevisionTemplate.hasExtension(fileName) && !fileName.startsWith(".");
    };

    private final Location location;
    private final ClassLoader classLoader;
    private final Path indexDir;

    /**
     * @param location    where the files are
     * @param classLoader searched for {@link Location.Classpath} locations
     * @param indexDir    where a folder location keeps its {@link RevisionIndex}; null for none
     */
    public SqlRevisionSource(Location location, ClassLoader classLoader, Path indexDir) {
        this.location = Objects.requireNonNull(location, "location");
        this.classLoader = Objects.requireNonNull(classLoader, "classLoader");
        this.indexDir = indexDir;
    }

    /** The SQL revisions of all {@code locations} as one source, without an index. */
    public static RevisionSource of(List<Location> locations, ClassLoader classLoader) {
        return new CompositeRevisionSource(locations.stream()
                .<RevisionSource>map(location -> new SqlRevisionSource(location, classLoader, null))
                .toList());
    }

    /**
     * {@inheritDoc}
     *
     * @throws ScriptException when the location does not exist, or for the first file in load order that does not parse
     */
    @Override
    public List<Script> load() {
        List<Script> scripts;
        if (location instanceof Location.Folder folder) {
            scripts = LoadOrder.sort(indexDir == null
                    ? parse(FolderScanner.scan(folder.path(), "", location.toString(), SQL_FILE))
                    : loadIndexed(folder.path(), RevisionIndex.of(folder.path(), indexDir)));
        } else {
            scripts = LoadOrder.sort(parse(new ClasspathResources(classLoader)
                    .find(((Location.Classpath) location).folder(), SQL_FILE)));
        }
        LOG.debug("Read {} SQL revisions from {}", scripts.size(), location);
        return scripts;
    }

    /**
     * Takes each file that is unchanged since the index recorded it from there, parses the others, and saves the index
     * once every file parsed. Each stamp is taken before its file is read, so a file written meanwhile is parsed again
     * next time.
     */
    private List<Script> loadIndexed(Path folder, RevisionIndex index) {
        List<FolderScanner.Found> found = FolderScanner.find(folder, "", location.toString(), SQL_FILE);
        List<Script> scripts = new ArrayList<>(found.size());
        List<FolderScanner.Found> changed = new ArrayList<>();
        List<FileStamp> stamps = new ArrayList<>();
        for (FolderScanner.Found file : found) {
            FileStamp stamp = FileStamp.of(file.path(), file.attributes());
            index.find(file.path().toString(), file.path(), stamp).ifPresentOrElse(scripts::add, () -> {
                changed.add(file);
                stamps.add(stamp);
            });
        }
        List<Script> parsed = parse(FolderScanner.read(changed, folder, location.toString()));
        for (int i = 0; i < parsed.size(); i++) {
            index.add(changed.get(i).path().toString(), stamps.get(i), parsed.get(i));
        }
        scripts.addAll(parsed);
        index.save();
        LOG.debug("{} of {} SQL revisions in {} taken from {}", found.size() - changed.size(), found.size(), location,
                index.file());
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
