package io.migrations.internal.script;

import io.migrations.api.ScriptException;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A {@code jar:} URL of a folder, taken apart: the archive file on disk, the containers inside it (directories such
 * as {@code BOOT-INF/classes} or nested jars such as {@code BOOT-INF/lib/x.jar}), and the folder.
 *
 * <p>Understands plain jars ({@code jar:file:/app.jar!/db/migrations}), Spring Boot 3.1 and earlier fat jars
 * ({@code jar:file:/app.jar!/BOOT-INF/classes!/db/migrations}) and Spring Boot 3.2 and later fat jars
 * ({@code jar:nested:/app.jar/!BOOT-INF/classes/!/db/migrations}). Parsing the text rather than opening the URL
 * means no URL handler (such as Spring Boot's) has to be installed.
 *
 * @param file       the archive on disk
 * @param containers path of each container inside the one before, without trailing {@code /}
 * @param folder     the folder inside the innermost container, without trailing {@code /}
 */
record ArchiveUrl(Path file, List<String> containers, String folder) {

    private static final String JAR = "jar:";
    private static final String FILE = "file:";
    private static final String NESTED = "nested:";
    private static final String SEPARATOR = "!/";

    ArchiveUrl {
        containers = List.copyOf(containers);
    }

    /**
     * @param url      the URL text
     * @param location the location as configured, for messages
     * @throws ScriptException when the URL is not a {@code jar:file:} or {@code jar:nested:} URL with a folder
     */
    static ArchiveUrl parse(String url, String location) {
        String[] parts = url.startsWith(JAR) ? url.substring(JAR.length()).split(SEPARATOR, -1) : new String[0];
        if (parts.length < 2) {
            throw unsupported(url, location);
        }
        String archive = parts[0];
        List<String> containers = new ArrayList<>();
        String path;
        if (archive.startsWith(NESTED)) {
            int nested = archive.indexOf("/!");
            if (nested >= 0) {
                containers.add(trimSlash(archive.substring(nested + 2)));
                archive = archive.substring(0, nested);
            }
            path = archive.substring(NESTED.length());
        } else if (archive.startsWith(FILE)) {
            path = archive.substring(FILE.length());
        } else {
            throw unsupported(url, location);
        }
        for (int i = 1; i < parts.length - 1; i++) {
            containers.add(trimSlash(parts[i]));
        }
        Path file = Path.of(URI.create(FILE + path.replace(" ", "%20")));
        return new ArchiveUrl(file, containers, trimSlash(parts[parts.length - 1]));
    }

    private static String trimSlash(String path) {
        return path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }

    private static ScriptException unsupported(String url, String location) {
        return new ScriptException(location, 0, "cannot list the class path folder at '" + url + "'; only folders,"
                + " jars and Spring Boot fat jars are supported, use a filesystem: location instead");
    }
}
