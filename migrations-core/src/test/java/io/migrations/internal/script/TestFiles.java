package io.migrations.internal.script;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.jar.JarOutputStream;
import java.util.zip.ZipEntry;

/** Revision files and jars for loading tests. */
final class TestFiles {

    private TestFiles() {
    }

    /** The text of a valid revision file. */
    static String revision(String id, String downRevision) {
        return "-- revision: " + id + "\n-- down_revision: " + downRevision + "\n\n-- upgrade\nSELECT '" + id + "';\n";
    }

    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** Writes {@code files} (relative path to content) below {@code folder}, creating subfolders. */
    static Path writeFolder(Path folder, Map<String, String> files) throws IOException {
        for (Map.Entry<String, String> file : files.entrySet()) {
            Path path = folder.resolve(file.getKey());
            Files.createDirectories(path.getParent());
            Files.writeString(path, file.getValue());
        }
        return folder;
    }

    /** Writes a jar holding {@code files} (entry name to content), with directory entries as build tools write them. */
    static Path writeJar(Path jar, Map<String, byte[]> files) throws IOException {
        Files.write(jar, jarBytes(files));
        return jar;
    }

    static byte[] jarBytes(Map<String, byte[]> files) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (JarOutputStream out = new JarOutputStream(bytes)) {
            for (String directory : directories(files.keySet())) {
                out.putNextEntry(new ZipEntry(directory));
                out.closeEntry();
            }
            for (Map.Entry<String, byte[]> file : new TreeMap<>(files).entrySet()) {
                out.putNextEntry(new ZipEntry(file.getKey()));
                out.write(file.getValue());
                out.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static Set<String> directories(Set<String> names) {
        Set<String> directories = new LinkedHashSet<>();
        for (String name : new TreeSet<>(names)) {
            for (int slash = name.indexOf('/'); slash >= 0; slash = name.indexOf('/', slash + 1)) {
                directories.add(name.substring(0, slash + 1));
            }
        }
        return directories;
    }
}
