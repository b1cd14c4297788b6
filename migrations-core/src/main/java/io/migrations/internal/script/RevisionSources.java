package io.migrations.internal.script;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import javax.lang.model.SourceVersion;

/**
 * Turns location strings into one revision source. A {@code classpath:} location holds SQL files and
 * compiled Java revisions of the matching package ({@code classpath:db/migrations} → package
 * {@code db.migrations}), as in Flyway, when the folder is a valid package name; a folder holds SQL files.
 */
public final class RevisionSources {

    private RevisionSources() {
    }

    /**
     * The revisions at {@code locations}, loaded through {@code classLoader}.
     *
     * @param locations e.g. {@code classpath:db/migrations}, {@code filesystem:/srv/app/migrations}, {@code db/migrations}
     */
    public static RevisionSource of(List<String> locations, ClassLoader classLoader) {
        return of(locations, classLoader, List.of());
    }

    /**
     * The revisions at {@code locations} and the Java revisions given as objects (made by a framework, with their
     * dependencies): a class found at a location and also given as an object is taken from the object, and never
     * instantiated by the scan.
     */
    public static RevisionSource of(List<String> locations, ClassLoader classLoader, List<?> javaRevisions) {
        return of(locations, classLoader, javaRevisions, null);
    }

    /**
     * Like {@link #of(List, ClassLoader, List)}; folder locations keep a {@link RevisionIndex} in {@code indexDir}
     * (null for none).
     */
    public static RevisionSource of(List<String> locations, ClassLoader classLoader, List<?> javaRevisions,
                                    Path indexDir) {
        List<Script> given = javaRevisions.stream().map(JavaRevisions::loadInstance).toList();
        Set<String> provided = given.stream().map(script -> script.revision().location()).collect(Collectors.toSet());
        List<RevisionSource> sources = new ArrayList<>();
        sources.add(() -> given);
        for (String text : locations) {
            Location location = Location.parse(text);
            sources.add(new SqlRevisionSource(location, classLoader, indexDir));
            String packageName = location instanceof Location.Classpath classpath ? classpath.folder().replace('/', '.') : "";
            // A folder such as db/my-migrations can only hold SQL files: it is no package name.
            if (SourceVersion.isName(packageName)) {
                sources.add(new JavaRevisionSource(packageName, classLoader, provided));
            }
        }
        return new CompositeRevisionSource(sources);
    }
}
