package io.migrations.internal.script;

import io.migrations.api.ScriptException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.function.Predicate;

/** Reads the matching files of a folder and its subfolders. */
final class FolderScanner {

    private FolderScanner() {
    }

    /**
     * @param folder     the folder to walk; symbolic links are followed, and one named like a revision file that leads
     *                   nowhere (dangling, or a loop of links) is an error naming it rather than a file silently left out
     * @param namePrefix prepended to each file's {@code /}-separated path below the folder to make its name
     * @param location   the location as configured, for messages
     * @param nameFilter which names to read
     * @throws ScriptException when the folder does not exist, is a file, or cannot be read; when a link named like a
     *                         revision leads nowhere; when a link to a folder leads back to a folder that contains it
     */
    static List<SourceFile> scan(Path folder, String namePrefix, String location, Predicate<String> nameFilter) {
        return read(find(folder, namePrefix, location, nameFilter), folder, location);
    }

    /** The files {@link #find} found in {@code folder}, read; the errors of {@link #scan}. */
    static List<SourceFile> read(List<Found> found, Path folder, String location) {
        try {
            // Reading thousands of small files is mostly waiting on the file system, so read them on every core.
            return found.parallelStream().map(Found::read).toList();
        } catch (UncheckedIOException e) {
            throw new ScriptException(location, 0, "cannot read folder '" + folder + "': " + e.getMessage()
                    + "; check that it and its files are readable");
        }
    }

    /** A file a walk found: its name below the folder, its path, and its attributes as the walk read them. */
    record Found(String name, Path path, BasicFileAttributes attributes) {

        /** The file with its content. */
        SourceFile read() {
            return new SourceFile(name, path.toString(), FolderScanner.read(path));
        }
    }

    /**
     * The matching files below {@code folder}, in the order the walk met them, without reading them; the parameters
     * and errors of {@link #scan}.
     */
    static List<Found> find(Path folder, String namePrefix, String location, Predicate<String> nameFilter) {
        if (!Files.isDirectory(folder)) {
            throw new ScriptException(location, 0, Files.exists(folder)
                    ? "'" + folder + "' is a file, not a folder; point the location at the folder holding the revisions"
                    : "folder '" + folder + "' does not exist; create it or correct the location");
        }
        List<Found> found = new ArrayList<>();
        try {
            Files.walkFileTree(folder, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                    String name = namePrefix + relativeName(folder, file);
                    if (!nameFilter.test(name)) {
                        return FileVisitResult.CONTINUE;
                    }
                    if (attributes.isSymbolicLink()) {
                        // Attributes of the link itself: following it failed.
                        throw new ScriptException(file.toString(), 0, Links.describeBroken(file));
                    }
                    if (attributes.isRegularFile()) {
                        found.add(new Found(name, file, attributes));
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    if (e instanceof FileSystemLoopException) {
                        throw new ScriptException(file.toString(), 0, "is a symbolic link back to a folder that contains "
                                + "it, a loop that would be walked forever; remove the link or point it elsewhere");
                    }
                    throw new ScriptException(file.toString(), 0, "cannot be read (" + e + "); check that it is readable");
                }
            });
            return found;
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
        } catch (OutOfMemoryError e) {
            // The one allocation for this file failed and holds nothing: saying which file is safe and helps.
            throw new ScriptException(file.toString(), 0, "is too large to read (" + size(file) + " bytes; the heap "
                    + "holds at most " + Runtime.getRuntime().maxMemory() + " bytes): a revision file this large is "
                    + "usually a data dump by mistake; split it, or load the data another way");
        }
    }

    private static String size(Path file) {
        try {
            return Long.toString(Files.size(file));
        } catch (IOException e) {
            return "unknown";
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
