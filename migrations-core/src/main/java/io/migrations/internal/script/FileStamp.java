package io.migrations.internal.script;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.Objects;
import java.util.concurrent.TimeUnit;

/**
 * What tells a file's content changed without reading it: its size, its modification time, its identity on the file
 * system (device and inode, so a file replaced by another is seen) and, where the file system keeps one, its change
 * time, which every write sets and no tool can set back, unlike the modification time ({@code touch -d},
 * {@code rsync -t}).
 *
 * @param size      bytes
 * @param modified  modification time, in nanoseconds since the epoch
 * @param key       the file system's key of the file, or empty where it has none
 * @param changed   change time in nanoseconds since the epoch, or -1 where the file system does not report it
 */
record FileStamp(long size, long modified, String key, long changed) {

    FileStamp {
        Objects.requireNonNull(key, "key");
    }

    /** The stamp of {@code path}, from the attributes a folder walk read and the change time. */
    static FileStamp of(Path path, BasicFileAttributes attributes) {
        return new FileStamp(attributes.size(), nanos(attributes.lastModifiedTime()),
                Objects.toString(attributes.fileKey(), ""), changeTime(path));
    }

    /** Whether the file was modified or changed within {@code millis} before {@code nowMillis}, or after it. */
    boolean writtenWithin(long millis, long nowMillis) {
        long since = TimeUnit.MILLISECONDS.toNanos(nowMillis - millis);
        return modified >= since || changed >= since;
    }

    private static long changeTime(Path path) {
        try {
            return Files.getAttribute(path, "unix:ctime") instanceof FileTime time ? nanos(time) : -1;
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
            return -1;
        }
    }

    private static long nanos(FileTime time) {
        return time.to(TimeUnit.NANOSECONDS);
    }

    void write(DataOutputStream out) throws IOException {
        out.writeLong(size);
        out.writeLong(modified);
        out.writeUTF(key);
        out.writeLong(changed);
    }

    static FileStamp read(DataInputStream in) throws IOException {
        return new FileStamp(in.readLong(), in.readLong(), in.readUTF(), in.readLong());
    }
}
