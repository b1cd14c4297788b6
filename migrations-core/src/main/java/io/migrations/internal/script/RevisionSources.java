package io.migrations.internal.script;

import java.util.ArrayList;
import java.util.List;
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
        List<RevisionSource> sources = new ArrayList<>();
        for (String text : locations) {
            Location location = Location.parse(text);
            sources.add(new SqlRevisionSource(location, classLoader));
            String packageName = location instanceof Location.Classpath classpath ? classpath.folder().replace('/', '.') : "";
            // A folder such as db/my-migrations can only hold SQL files: it is no package name.
            if (SourceVersion.isName(packageName)) {
                sources.add(new JavaRevisionSource(packageName, classLoader));
            }
        }
        return new CompositeRevisionSource(sources);
    }
}
