package io.migrations.internal.script;

import io.migrations.api.ScriptException;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Lists and reads the resources below a class path folder, in every folder and jar of a class loader that has it:
 * exploded class path folders ({@code file:}), jars ({@code jar:file:...!/}), and Spring Boot fat jars in both URL
 * styles ({@code jar:file:...!/BOOT-INF/classes!/}, {@code jar:nested:.../!BOOT-INF/classes/!/}, and their nested
 * {@code BOOT-INF/lib} jars). Subfolders are included.
 *
 * <p>Folders are found with {@link ClassLoader#getResources(String)}, so a jar must contain directory entries for
 * them, as jars built by Maven, Gradle and Spring Boot do. A folder no class path folder or jar holds (a native
 * image's) is read through its {@link ClasspathIndex}.
 */
public final class ClasspathResources {

    /** URL protocols of class path folders this class can walk. */
    private static final Set<String> LISTABLE = Set.of("file", "jar");

    private static final Comparator<SourceFile> BY_NAME_THEN_LOCATION =
            Comparator.comparing(SourceFile::name).thenComparing(SourceFile::location);

    private final ClassLoader classLoader;

    /** @param classLoader the class loader whose class path is searched */
    public ClasspathResources(ClassLoader classLoader) {
        this.classLoader = classLoader;
    }

    /**
     * Reads every resource below {@code folder} whose name passes {@code nameFilter}.
     *
     * <p>Where the class loader cannot list the folder (it is on no folder or jar of the class path, as in a native
     * image), the folder's {@link ClasspathIndex} names the files, and each is loaded by name.
     *
     * @param folder     class path folder such as {@code db/migrations}; leading and trailing {@code /} are ignored
     * @param nameFilter tested with each resource name relative to the class path root, e.g.
     *                   {@code db/migrations/sub/8f97975fec5c_add_users.sql}
     * @return the resources sorted by name, then location (the same name can be in several jars)
     * @throws ScriptException when the folder is empty or on no class path entry, or an entry cannot be read
     */
    public List<SourceFile> find(String folder, Predicate<String> nameFilter) {
        Location.Classpath classpath = new Location.Classpath(folder);
        List<URL> roots = roots(classpath);
        return index(classpath, roots).map(names -> load(names.stream().filter(nameFilter).toList(), classpath))
                .orElseGet(() -> walk(classpath, roots, nameFilter));
    }

    /**
     * The names of the resources below {@code folder} that pass {@code nameFilter}, sorted, once each: like
     * {@link #find}, but without reading them, so that the names of classes, which a native image keeps as no
     * resources, can come from the {@link ClasspathIndex}.
     */
    public List<String> names(String folder, Predicate<String> nameFilter) {
        Location.Classpath classpath = new Location.Classpath(folder);
        List<URL> roots = roots(classpath);
        List<String> names = index(classpath, roots).map(listed -> listed.stream().filter(nameFilter).toList())
                .orElseGet(() -> walk(classpath, roots, nameFilter).stream().map(SourceFile::name).toList());
        return names.stream().distinct().sorted().toList();
    }

    /** Reads the resources by walking the folder in every class path folder and jar that has it. */
    List<SourceFile> walk(String folder, Predicate<String> nameFilter) {
        Location.Classpath classpath = new Location.Classpath(folder);
        return walk(classpath, roots(classpath), nameFilter);
    }

    private List<SourceFile> walk(Location.Classpath classpath, List<URL> roots, Predicate<String> nameFilter) {
        String location = classpath.toString();
        if (roots.isEmpty()) {
            throw new ScriptException(location, 0, "folder '" + classpath.folder() + "' is not on the class path; "
                    + "create it (e.g. src/main/resources/" + classpath.folder() + ") or correct the location");
        }
        List<SourceFile> files = new ArrayList<>();
        for (URL url : roots) {
            files.addAll(scan(url, classpath.folder(), location, nameFilter));
        }
        files.sort(BY_NAME_THEN_LOCATION);
        return List.copyOf(files);
    }

    /** The folder's index, when no class path folder or jar lists the folder (a native image's) and it has one. */
    private Optional<List<String>> index(Location.Classpath classpath, List<URL> roots) {
        boolean listable = !roots.isEmpty() && roots.stream().allMatch(url -> LISTABLE.contains(url.getProtocol()));
        return listable ? Optional.empty() : ClasspathIndex.read(classpath.folder(), classLoader, classpath.toString());
    }

    private List<SourceFile> load(List<String> names, Location.Classpath classpath) {
        String location = classpath.toString();
        List<SourceFile> files = new ArrayList<>();
        for (String name : names) {
            URL url = classLoader.getResource(name);
            if (url == null) {
                throw new ScriptException(location, 0, "'" + name + "' is listed in the folder's "
                        + ClasspathIndex.FILE_NAME + " but is not on the class path; rebuild the application");
            }
            try (InputStream in = url.openStream()) {
                files.add(new SourceFile(name, url.toString(), in.readAllBytes()));
            } catch (IOException e) {
                throw new ScriptException(location, 0, "cannot read '" + url + "': " + e);
            }
        }
        files.sort(BY_NAME_THEN_LOCATION);
        return List.copyOf(files);
    }

    private List<URL> roots(Location.Classpath classpath) {
        Map<String, URL> roots = new LinkedHashMap<>();
        try {
            for (Enumeration<URL> urls = classLoader.getResources(classpath.folder()); urls.hasMoreElements(); ) {
                URL url = urls.nextElement();
                roots.putIfAbsent(url.toString(), url);
            }
        } catch (IOException e) {
            throw new ScriptException(classpath.toString(), 0, "cannot search the class path: " + e);
        }
        return List.copyOf(roots.values());
    }

    private static List<SourceFile> scan(URL url, String folder, String location, Predicate<String> nameFilter) {
        return switch (url.getProtocol()) {
            case "file" -> FolderScanner.scan(toPath(url, location), folder + "/", location, nameFilter);
            case "jar" -> JarScanner.scan(url.toString(), location, nameFilter);
            default -> throw new ScriptException(location, 0, "cannot list class path folder '" + url + "' ("
                    + url.getProtocol() + ": URLs are not supported); use a filesystem: location instead");
        };
    }

    private static Path toPath(URL url, String location) {
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException | IllegalArgumentException e) {
            throw new ScriptException(location, 0, "cannot turn '" + url + "' into a path: " + e.getMessage());
        }
    }
}
