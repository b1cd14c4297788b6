package io.migrations.internal.script;

import io.migrations.api.ScriptException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.IntStream;

/** Reads the matching files of a folder and its subfolders. */
final class FolderScanner {

    private FolderScanner() {
    }

    /**
     * @param folder     the folder to walk; symbolic links are followed
     * @param namePrefix prepended to each file's {@code /}-separated path below the folder to make its name
     * @param location   the location as configured, for messages
     * @param nameFilter which names to read
     * @throws ScriptException when the folder does not exist, is a file, or cannot be read
     */
    static List<SourceFile> scan(Path folder, String namePrefix, String location, Predicate<String> nameFilter) {
        if (!Files.isDirectory(folder)) {
            throw new ScriptException(location, 0, Files.exists(folder)
                    ? "'" + folder + "' is a file, not a folder; point the location at the folder holding the revisions"
                    : "folder '" + folder + "' does not exist; create it or correct the location");
        }
        List<Path> paths = new ArrayList<>();
        List<String> names = new ArrayList<>();
        try {
            Files.walkFileTree(folder, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                    String name = namePrefix + relativeName(folder, file);
                    if (attributes.isRegularFile() && nameFilter.test(name)) {
                        paths.add(file);
                        names.add(name);
                    }
                    return FileVisitResult.CONTINUE;
                }
            });
            // Reading thousands of small files is mostly waiting on the file system, so read them on every core.
            return IntStream.range(0, paths.size()).parallel()
                    .mapToObj(i -> new SourceFile(names.get(i), paths.get(i).toString(), read(paths.get(i))))
                    .toList();
        } catch (IOException | UncheckedIOException e) {
            throw new ScriptException(location, 0, "cannot read folder '" + folder + "': " + e.getMessage()
                    + "; check that it and its files are readable");
        }
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String relativeName(Path folder, Path file) {
        StringBuilder name = new StringBuilder();
        for (Path segment : folder.relativize(file)) {
            name.append(name.length() == 0 ? "" : "/").append(segment);
        }
        return name.toString();
    }
}
