package io.migrations.internal.script;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes SQL revision files into a test folder. */
public final class RevisionFiles {

    private final Path dir;

    public RevisionFiles(Path dir) {
        this.dir = dir;
    }

    /** The folder the files go to. */
    public Path dir() {
        return dir;
    }

    /** Writes a transactional revision; a null downgrade makes it irreversible. */
    public Path write(String id, String down, String upgrade, String downgrade) {
        return write(id, down, "", upgrade, downgrade);
    }

    /** Writes a revision with extra header lines (e.g. {@code -- transactional: false\n}). */
    public Path write(String id, String down, String extraHeader, String upgrade, String downgrade) {
        String text = "-- revision: " + id + "\n-- down_revision: " + down + "\n-- message: rev " + id + "\n" + extraHeader
                + "\n-- upgrade\n" + upgrade + "\n" + (downgrade == null ? "" : "\n-- downgrade\n" + downgrade + "\n");
        Path file = dir.resolve(id + "_rev_" + id + ".sql");
        try {
            Files.writeString(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }
}
