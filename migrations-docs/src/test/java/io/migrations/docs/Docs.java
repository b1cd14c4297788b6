package io.migrations.docs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Where the documentation lives: README.md and docs/ at the repository root. */
final class Docs {

    private Docs() {
    }

    /** The repository root, from the build ({@code docs.root}) or found above the working folder. */
    static Path root() {
        String configured = System.getProperty("docs.root");
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured).toAbsolutePath().normalize();
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("README.md")) && Files.isDirectory(dir.resolve("docs"))) {
                return dir;
            }
        }
        throw new IllegalStateException("No README.md with a docs/ folder above " + Path.of("").toAbsolutePath()
                + "; set -Ddocs.root=<repository root>");
    }

    static Path readme() {
        return root().resolve("README.md");
    }

    static Path docs() {
        return root().resolve("docs");
    }

    /** README.md and every Markdown file under docs/. */
    static List<Path> markdownFiles() {
        List<Path> files = new ArrayList<>(List.of(readme()));
        try (Stream<Path> walk = Files.walk(docs())) {
            walk.filter(path -> path.toString().endsWith(".md")).sorted().forEach(files::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    /** A path relative to the root, for messages. */
    static String relative(Path file) {
        return root().relativize(file.toAbsolutePath().normalize()).toString();
    }
}
