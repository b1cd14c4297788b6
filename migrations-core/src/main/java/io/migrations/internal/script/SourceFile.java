package io.migrations.internal.script;

import io.migrations.api.ScriptException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * A file found in a revision location, with its content read. Immutable.
 */
public final class SourceFile {

    private final String name;
    private final String location;
    private final byte[] content;

    /**
     * @param name     path below the class path root or scanned folder, with {@code /} separators, e.g.
     *                 {@code db/migrations/8f97975fec5c_add_users.sql}
     * @param location full path or URL, for messages and as the revision's location
     * @param content  the bytes; copied
     */
    public SourceFile(String name, String location, byte[] content) {
        this.name = Objects.requireNonNull(name, "name");
        this.location = Objects.requireNonNull(location, "location");
        this.content = content.clone();
    }

    /** Path below the class path root or scanned folder, with {@code /} separators. */
    public String name() {
        return name;
    }

    /** Full path or URL. */
    public String location() {
        return location;
    }

    /** The last segment of the name, e.g. {@code 8f97975fec5c_add_users.sql}. */
    public String fileName() {
        return fileNameOf(name);
    }

    /**
     * The content as UTF-8 text.
     *
     * @throws ScriptException when the content is not valid UTF-8
     */
    public String text() {
        try {
            return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(content)).toString();
        } catch (CharacterCodingException e) {
            throw new ScriptException(location, 0, "not valid UTF-8 (" + e.getMessage() + "); save the file as UTF-8");
        }
    }

    @Override
    public String toString() {
        return location;
    }

    /** The last segment of a path or URL, after the last {@code /} or {@code \}. */
    static String fileNameOf(String path) {
        return path.substring(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1);
    }
}
