package io.migrations.internal.script;

import io.migrations.api.ScriptException;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.function.Predicate;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;

/**
 * Reads the matching entries below a folder of a jar, including a folder inside a directory or nested jar of a
 * Spring Boot fat jar (see {@link ArchiveUrl}). The outer archive is read through its central directory; only a
 * nested jar is streamed.
 */
final class JarScanner {

    private final String url;
    private final ArchiveUrl archive;
    private final Predicate<String> nameFilter;
    private final List<SourceFile> found = new ArrayList<>();

    private JarScanner(String url, ArchiveUrl archive, Predicate<String> nameFilter) {
        this.url = url;
        this.archive = archive;
        this.nameFilter = nameFilter;
    }

    /**
     * @param url        {@code jar:} URL of the folder, as the class loader returned it
     * @param location   the location as configured, for messages
     * @param nameFilter which resource names (relative to the class path root) to read
     * @throws ScriptException when the URL is not understood or the archive cannot be read
     */
    static List<SourceFile> scan(String url, String location, Predicate<String> nameFilter) {
        JarScanner scanner = new JarScanner(url, ArchiveUrl.parse(url, location), nameFilter);
        try {
            scanner.scan();
        } catch (IOException e) {
            throw new ScriptException(location, 0, "cannot read '" + url + "': " + e
                    + "; check that the jar exists and is not damaged");
        }
        return scanner.found;
    }

    private void scan() throws IOException {
        try (ZipFile zip = new ZipFile(archive.file().toFile())) {
            String root = "";
            List<String> containers = archive.containers();
            for (int i = 0; i < containers.size(); i++) {
                ZipEntry entry = zip.getEntry(root + containers.get(i));
                if (entry != null && !entry.isDirectory()) {
                    if (i < containers.size() - 1) {
                        throw new IOException("jars nested two levels deep are not supported");
                    }
                    scanNested(zip.getInputStream(entry));
                    return;
                }
                root = root + containers.get(i) + "/";
            }
            for (Enumeration<? extends ZipEntry> entries = zip.entries(); entries.hasMoreElements(); ) {
                ZipEntry entry = entries.nextElement();
                if (wanted(root, entry)) {
                    try (InputStream in = zip.getInputStream(entry)) {
                        add(root, entry, in);
                    }
                }
            }
        }
    }

    /** A jar stored inside the archive, as Spring Boot keeps dependencies. */
    private void scanNested(InputStream stored) throws IOException {
        try (ZipInputStream nested = new ZipInputStream(stored)) {
            for (ZipEntry entry = nested.getNextEntry(); entry != null; entry = nested.getNextEntry()) {
                if (wanted("", entry)) {
                    add("", entry, nested);
                }
            }
        }
    }

    private boolean wanted(String root, ZipEntry entry) {
        String name = entry.getName();
        return !entry.isDirectory() && name.startsWith(root + archive.folder() + "/")
                && nameFilter.test(name.substring(root.length()));
    }

    private void add(String root, ZipEntry entry, InputStream content) throws IOException {
        String name = entry.getName().substring(root.length());
        found.add(new SourceFile(name, url + name.substring(archive.folder().length()), content.readAllBytes()));
    }
}
