package io.migrations.script;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Stream;

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
        List<SourceFile> files = new ArrayList<>();
        try (Stream<Path> paths = Files.walk(folder, FileVisitOption.FOLLOW_LINKS)) {
            for (Iterator<Path> it = paths.filter(Files::isRegularFile).iterator(); it.hasNext(); ) {
                Path path = it.next();
                String name = namePrefix + relativeName(folder, path);
                if (nameFilter.test(name)) {
                    files.add(new SourceFile(name, path.toString(), Files.readAllBytes(path)));
                }
            }
        } catch (IOException | UncheckedIOException e) {
            throw new ScriptException(location, 0, "cannot read folder '" + folder + "': " + e.getMessage()
                    + "; check that it and its files are readable");
        }
        return files;
    }

    private static String relativeName(Path folder, Path file) {
        StringBuilder name = new StringBuilder();
        for (Path segment : folder.relativize(file)) {
            name.append(name.length() == 0 ? "" : "/").append(segment);
        }
        return name.toString();
    }
}
