package io.migrations.internal.script;

import io.migrations.api.Revision;
import io.migrations.api.ScriptException;
import io.migrations.internal.platform.Database;
import io.migrations.internal.sql.Statement;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.zip.CRC32;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the SQL revision files of one folder held when they were last read, kept in a file of a cache folder, so that
 * a command that finds nothing to do reads one file instead of thousands. A file is taken from the index only while
 * its {@link FileStamp} (size, modification time, inode and change time) is the one it had when it was parsed in full
 * and found valid; its statements are read again, and checked against the recorded checksum, when they are needed.
 * A missing, foreign or damaged index file only costs the speed-up. Instances are not shared between threads.
 */
public final class RevisionIndex {

    private static final Logger log = LoggerFactory.getLogger(RevisionIndex.class);
    /** Changes whenever the format or the meaning of an entry does; other versions are ignored. */
    private static final String FORMAT = "migrations-revision-index-1";
    /** How recently written a file must not be to be recorded; see {@link #add}. */
    private static final long RECENT = 3_000;

    private final Path file;
    private final Map<String, Entry> entries;
    private final Map<String, Entry> seen = new HashMap<>();
    private boolean changed;

    private RevisionIndex(Path file, Map<String, Entry> entries) {
        this.file = file;
        this.entries = entries;
    }

    /**
     * The index of {@code folder} in {@code cacheDir}, read now; empty when there is none yet or it cannot be read.
     *
     * @param folder   the folder of SQL revision files, as scanned
     * @param cacheDir where index files live; created when the index is first saved
     */
    public static RevisionIndex of(Path folder, Path cacheDir) {
        Path file = cacheDir.resolve("revisions-" + hash(folder.toAbsolutePath().normalize().toString()) + ".idx");
        return new RevisionIndex(file, read(file));
    }

    /** The index file. */
    Path file() {
        return file;
    }

    /**
     * The script of the file at {@code location} as the index recorded it, when the file is unchanged since; its
     * statements are parsed from the file on first use.
     */
    Optional<Script> find(String location, Path path, FileStamp stamp) {
        Entry entry = entries.get(location);
        if (entry == null || !entry.stamp().equals(stamp)) {
            return Optional.empty();
        }
        seen.put(location, entry);
        return Optional.of(entry.script(path));
    }

    /**
     * Records a file parsed in full; its script is kept as parsed. A file written in the last few seconds is left out:
     * file systems keep times at a clock tick's grain, so a second write within the same tick, of the same size,
     * would look unchanged (git's "racily clean" entries); such a file is read again next time.
     */
    void add(String location, FileStamp stamp, Script script) {
        if (stamp.writtenWithin(RECENT, System.currentTimeMillis())) {
            return;
        }
        Entry entry = Entry.of(stamp, script);
        seen.put(location, entry);
        changed |= !entry.equals(entries.get(location));
    }

    /**
     * Writes the index of the files found by this scan, when it differs from the one read: found files only, so that
     * removed files leave it. Any failure leaves the index as it was.
     */
    void save() {
        if (!changed && seen.size() == entries.size()) {
            return;
        }
        Path partial = file.resolveSibling(file.getFileName() + "." + ProcessHandle.current().pid() + ".partial");
        try {
            Files.createDirectories(file.getParent());
            try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(partial)))) {
                out.writeUTF(FORMAT);
                out.writeInt(seen.size());
                for (Map.Entry<String, Entry> e : seen.entrySet()) {
                    out.writeUTF(e.getKey());
                    e.getValue().write(out);
                }
            }
            move(partial);
        } catch (IOException | RuntimeException e) {
            log.debug("Could not save the revision index {}: {}", file, e.toString());
            deleteQuietly(partial);
        }
    }

    private void move(Path partial) throws IOException {
        try {
            Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static Map<String, Entry> read(Path file) {
        Map<String, Entry> entries = new HashMap<>();
        if (!Files.isRegularFile(file)) {
            return entries;
        }
        try (InputStream stream = Files.newInputStream(file);
             DataInputStream in = new DataInputStream(new BufferedInputStream(stream, 1 << 16))) {
            if (!FORMAT.equals(in.readUTF())) {
                return entries;
            }
            int count = in.readInt();
            for (int i = 0; i < count; i++) {
                String location = in.readUTF();
                entries.put(location, Entry.read(in, location));
            }
            return entries;
        } catch (IOException | RuntimeException e) {
            log.debug("Ignoring the revision index {}: {}", file, e.toString());
            return new HashMap<>();
        }
    }

    private static void deleteQuietly(Path path) {
        try {
            Files.deleteIfExists(path);
        } catch (IOException e) {
            log.debug("Could not delete {}: {}", path, e.toString());
        }
    }

    /**
     * A name for a folder's index. Not a digest: loading a security provider for one would cost more than the index
     * saves, and two folders that share a name only take turns at one index, whose entries name their files.
     */
    private static String hash(String text) {
        CRC32 crc = new CRC32();
        crc.update(text.getBytes(StandardCharsets.UTF_8));
        return Long.toHexString(crc.getValue()) + Integer.toHexString(text.hashCode());
    }

    /** One file as parsed: what identifies its content on disk, its header, and what its sections hold. */
    private record Entry(FileStamp stamp, Revision revision, Transaction transaction, boolean reversible,
                         String checksum) {

        static Entry of(FileStamp stamp, Script script) {
            return new Entry(stamp, script.revision(), script.transaction(), script.reversible(), script.checksum());
        }

        Script script(Path path) {
            LazyStatements statements = new LazyStatements(revision.location(), path, checksum);
            return new Script(revision, transaction, statements::upgrade,
                    reversible ? Optional.of(statements::downgrade) : Optional.empty(), checksum);
        }

        void write(DataOutputStream out) throws IOException {
            stamp.write(out);
            out.writeUTF(revision.id());
            writeList(out, revision.downRevisions());
            writeList(out, revision.branchLabels());
            writeList(out, revision.dependsOn());
            writeLong(out, revision.message());
            out.writeUTF(revision.createDate());
            out.writeUTF(transaction.name());
            out.writeBoolean(reversible);
            out.writeUTF(checksum);
        }

        static Entry read(DataInputStream in, String location) throws IOException {
            FileStamp stamp = FileStamp.read(in);
            String id = in.readUTF();
            List<String> down = readList(in);
            List<String> labels = readList(in);
            List<String> depends = readList(in);
            String message = readLong(in);
            String createDate = in.readUTF();
            Transaction transaction = Transaction.valueOf(in.readUTF());
            boolean reversible = in.readBoolean();
            String checksum = in.readUTF();
            return new Entry(stamp, new Revision(id, down, labels, depends, message, createDate, location), transaction,
                    reversible, checksum);
        }

        private static void writeList(DataOutputStream out, List<String> values) throws IOException {
            out.writeInt(values.size());
            for (String value : values) {
                out.writeUTF(value);
            }
        }

        private static List<String> readList(DataInputStream in) throws IOException {
            int size = in.readInt();
            List<String> values = new ArrayList<>(size);
            for (int i = 0; i < size; i++) {
                values.add(in.readUTF());
            }
            return values;
        }

        /** A string of any length: {@code writeUTF} stops at 64 KiB of encoded text, and a message may be longer. */
        private static void writeLong(DataOutputStream out, String value) throws IOException {
            byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
            out.writeInt(bytes.length);
            out.write(bytes);
        }

        private static String readLong(DataInputStream in) throws IOException {
            byte[] bytes = new byte[in.readInt()];
            in.readFully(bytes);
            return new String(bytes, StandardCharsets.UTF_8);
        }
    }

    /**
     * The statements of a file taken from the index, parsed from the file when first asked for: a file whose content
     * no longer has the recorded checksum changed while the command ran, and is an error rather than other SQL.
     */
    private static final class LazyStatements {

        private final String location;
        private final Path path;
        private final String checksum;
        private volatile Script parsed;

        LazyStatements(String location, Path path, String checksum) {
            this.location = location;
            this.path = path;
            this.checksum = checksum;
        }

        List<Statement> upgrade(Database dialect) {
            return parsed().upgrade().statements(dialect);
        }

        List<Statement> downgrade(Database dialect) {
            return parsed().downgrade().orElseThrow().statements(dialect);
        }

        private Script parsed() {
            Script script = parsed;
            if (script == null) {
                byte[] content;
                try {
                    content = Files.readAllBytes(path);
                } catch (IOException e) {
                    throw new ScriptException(location, 0, "cannot be read any more (" + e.getMessage() + "); check "
                            + "that it still exists and is readable, and run the command again");
                }
                script = SqlScriptParser.parse(location, new SourceFile(path.toString(), location, content).text());
                if (!Objects.equals(script.checksum(), checksum)) {
                    throw new ScriptException(location, 0, "changed while the command ran (it was read with checksum "
                            + checksum + ", now it has " + script.checksum() + "); run the command again");
                }
                parsed = script;
            }
            return script;
        }
    }
}
