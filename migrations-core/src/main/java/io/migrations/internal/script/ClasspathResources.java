package io.migrations.internal.script;

import io.migrations.api.ScriptException;
import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Lists and reads the resources below a class path folder, in every folder and jar of a class loader that has it:
 * exploded class path folders ({@code file:}), jars ({@code jar:file:...!/}), and Spring Boot fat jars in both URL
 * styles ({@code jar:file:...!/BOOT-INF/classes!/}, {@code jar:nested:.../!BOOT-INF/classes/!/}, and their nested
 * {@code BOOT-INF/lib} jars). Subfolders are included.
 *
 * <p>Folders are found with {@link ClassLoader#getResources(String)}, so a jar must contain directory entries for
 * them, as jars built by Maven, Gradle and Spring Boot do.
 */
public final class ClasspathResources {

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
     * @param folder     class path folder such as {@code db/migrations}; leading and trailing {@code /} are ignored
     * @param nameFilter tested with each resource name relative to the class path root, e.g.
     *                   {@code db/migrations/sub/8f97975fec5c_add_users.sql}
     * @return the resources sorted by name, then location (the same name can be in several jars)
     * @throws ScriptException when the folder is empty or on no class path entry, or an entry cannot be read
     */
    public List<SourceFile> find(String folder, Predicate<String> nameFilter) {
        Location.Classpath classpath = new Location.Classpath(folder);
        String prefix = classpath.folder();
        String location = classpath.toString();
        List<SourceFile> files = new ArrayList<>();
        for (URL url : roots(prefix, location)) {
            files.addAll(scan(url, prefix, location, nameFilter));
        }
        files.sort(BY_NAME_THEN_LOCATION);
        return List.copyOf(files);
    }

    private List<URL> roots(String prefix, String location) {
        Map<String, URL> roots = new LinkedHashMap<>();
        try {
            for (Enumeration<URL> urls = classLoader.getResources(prefix); urls.hasMoreElements(); ) {
                URL url = urls.nextElement();
                roots.putIfAbsent(url.toString(), url);
            }
        } catch (IOException e) {
            throw new ScriptException(location, 0, "cannot search the class path: " + e);
        }
        if (roots.isEmpty()) {
            throw new ScriptException(location, 0, "folder '" + prefix + "' is not on the class path; create it (e.g. "
                    + "src/main/resources/" + prefix + ") or correct the location");
        }
        return List.copyOf(roots.values());
    }

    private static List<SourceFile> scan(URL url, String prefix, String location, Predicate<String> nameFilter) {
        return switch (url.getProtocol()) {
            case "file" -> FolderScanner.scan(toPath(url, location), prefix + "/", location, nameFilter);
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
