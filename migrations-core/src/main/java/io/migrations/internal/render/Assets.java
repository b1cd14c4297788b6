package io.migrations.internal.render;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The stylesheet and the viewer script that every picture shares, read from this package's resources. The Spring
 * console serves the same two files.
 */
public enum Assets {
    /** Styles of the drawing (nodes, edges, states) and of the viewer around it. */
    STYLESHEET("graph.css", "text/css"),
    /** The one graph viewer: draws the graph document, pans, zooms, searches, shows details, keyboard navigation. */
    VIEWER("graph-viewer.js", "text/javascript");

    private final String file;
    private final String mediaType;

    Assets(String file, String mediaType) {
        this.file = file;
        this.mediaType = mediaType;
    }

    /** The file name, e.g. {@code graph-viewer.js}. */
    public String file() {
        return file;
    }

    /** Its media type, e.g. {@code text/css}. */
    public String mediaType() {
        return mediaType;
    }

    /** Its text. */
    public String text() {
        try (InputStream in = Assets.class.getResourceAsStream(file)) {
            if (in == null) {
                throw new IllegalStateException("Missing resource " + file + " next to " + Assets.class.getName());
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + file, e);
        }
    }
}
