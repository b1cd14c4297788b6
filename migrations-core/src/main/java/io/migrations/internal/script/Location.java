package io.migrations.internal.script;

import io.migrations.api.ScriptException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Where revisions live: a folder on disk or a folder on the class path.
 *
 * <p>Written as {@code classpath:db/migrations} (every folder and jar on the class loader that has it),
 * {@code filesystem:/srv/app/migrations}, or a plain path, which means a folder.
 */
public sealed interface Location permits Location.Folder, Location.Classpath {

    /** Prefix of class path locations. */
    String CLASSPATH_PREFIX = "classpath:";

    /** Prefix of folder locations; optional. */
    String FILESYSTEM_PREFIX = "filesystem:";

    /** Spring's prefix for files, accepted as a synonym of {@link #FILESYSTEM_PREFIX}, also as a {@code file:///} URL. */
    String FILE_PREFIX = "file:";

    /**
     * A folder on disk, subfolders included.
     *
     * @param path the folder
     */
    record Folder(Path path) implements Location {

        @Override
        public String toString() {
            return FILESYSTEM_PREFIX + path;
        }
    }

    /**
     * A folder on the class path, subfolders included.
     *
     * @param folder resource path such as {@code db/migrations}; leading and trailing {@code /} are removed
     */
    record Classpath(String folder) implements Location {

        public Classpath {
            folder = folder.replaceAll("^/+|/+$", "");
            if (folder.isEmpty()) {
                throw new ScriptException(CLASSPATH_PREFIX, 0,
                        "a class path location must name a folder, e.g. classpath:db/migrations");
            }
        }

        @Override
        public String toString() {
            return CLASSPATH_PREFIX + folder;
        }
    }

    /**
     * Parses one location.
     *
     * @throws ScriptException for an empty location or class path folder, or an unknown prefix such as {@code http:}
     */
    static Location parse(String text) {
        String location = text.strip();
        if (location.startsWith(CLASSPATH_PREFIX)) {
            return new Classpath(location.substring(CLASSPATH_PREFIX.length()));
        }
        boolean prefixed = location.startsWith(FILESYSTEM_PREFIX) || location.startsWith(FILE_PREFIX);
        String path = !prefixed ? location : location.startsWith(FILE_PREFIX)
                ? location.substring(FILE_PREFIX.length()).replaceFirst("^//(?=/)", "")
                : location.substring(FILESYSTEM_PREFIX.length());
        // One letter before ':' is a Windows drive, not a prefix.
        if (path.isEmpty() || !prefixed && path.matches("[A-Za-z][A-Za-z0-9+.-]+:.*")) {
            throw new ScriptException(text, 0, (path.isEmpty() ? "empty location" : "unknown location prefix")
                    + "; write classpath:<folder>, filesystem:<folder> or a path");
        }
        return new Folder(Path.of(path));
    }

    /**
     * Parses comma-separated locations, e.g. {@code classpath:db/migrations,filesystem:/srv/extra}, keeping order.
     *
     * @throws ScriptException as {@link #parse(String)}, including for an empty entry
     */
    static List<Location> parseList(String text) {
        List<Location> locations = new ArrayList<>();
        for (String part : text.split(",", -1)) {
            locations.add(parse(part));
        }
        return List.copyOf(locations);
    }
}
