package io.migrations.internal.lint;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads a SQL revision file again by its location, for the comments the statement splitter drops. Locations are
 * file paths, or {@code jar:} URLs for revisions inside archives on the class path.
 */
final class SourceText {

    private static final Logger LOG = LoggerFactory.getLogger(SourceText.class);

    private SourceText() {
    }

    /** The file's lines; empty, with a warning, when it cannot be read (then no comment suppresses anything). */
    static List<String> lines(String location) {
        try {
            String text = location.startsWith("jar:") ? readUrl(location) : Files.readString(Path.of(location));
            return (text.startsWith("\uFEFF") ? text.substring(1) : text).lines().toList();
        } catch (IOException | IllegalArgumentException e) {
            LOG.warn("Cannot read {} again for its migrations:allow comments ({}); linting it without them",
                    location, e.toString());
            return List.of();
        }
    }

    private static String readUrl(String location) throws IOException {
        try (InputStream in = URI.create(location).toURL().openStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
