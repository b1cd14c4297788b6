package io.migrations.internal.script;

import static io.migrations.internal.script.TestFiles.revision;
import static io.migrations.internal.script.TestFiles.utf8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.migrations.api.ScriptException;
import io.migrations.internal.sql.Statement;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SqlRevisionSourceTest {

    @TempDir
    Path temp;

    private static List<Script> load(Location location, ClassLoader loader) {
        return new SqlRevisionSource(location, loader, null).load();
    }

    private List<Script> loadFolder(Path folder) {
        return load(new Location.Folder(folder), getClass().getClassLoader());
    }

    @Test
    void loadsSqlFilesOfAFolderAndItsSubfolders() throws IOException {
        Path folder = TestFiles.writeFolder(temp.resolve("m"), Map.of(
                "aaa_first.sql", revision("aaa", ""),
                "2024/bbb_second.sql", revision("bbb", "aaa"),
                "2024/q1/ccc_third.sql", revision("ccc", "bbb")));

        List<Script> scripts = loadFolder(folder);

        assertThat(scripts).extracting(Script::id).containsExactly("aaa", "bbb", "ccc");
        assertThat(scripts.get(2).revision().location()).isEqualTo(folder.resolve("2024/q1/ccc_third.sql").toString());
        assertThat(scripts.get(2).upgrade().statements(null)).containsExactly(new Statement("SELECT 'ccc'", 5));
    }

    @Test
    void ignoresOtherAndHiddenFiles() throws IOException {
        Path folder = TestFiles.writeFolder(temp.resolve("m"), Map.of(
                "aaa_first.sql", revision("aaa", ""),
                "README.md", "not a revision",
                "aaa_first.sql.bak", "old copy",
                ".#aaa_first.sql", "editor lock file",
                "notes/todo.txt", "not a revision"));

        assertThat(loadFolder(folder)).extracting(Script::id).containsExactly("aaa");
    }

    @Test
    void sortsByFileNameThenPath() throws IOException {
        Path folder = TestFiles.writeFolder(temp.resolve("m"), Map.of(
                "a/0002_second.sql", revision("0002", "0001"),
                "z/0001_first.sql", revision("0001", ""),
                "0003_third.sql", revision("0003", "0002")));

        assertThat(loadFolder(folder)).extracting(Script::id).containsExactly("0001", "0002", "0003");
    }

    @Test
    void sameFileNameInTwoFoldersIsOrderedByPath() throws IOException {
        Path folder = TestFiles.writeFolder(temp.resolve("m"), Map.of(
                "b/aaa_x.sql", revision("aaa", ""),
                "a/aaa_x.sql", revision("aaa", "")));

        assertThat(loadFolder(folder)).extracting(script -> script.revision().location())
                .containsExactly(folder.resolve("a/aaa_x.sql").toString(), folder.resolve("b/aaa_x.sql").toString());
    }

    @Test
    void emptyFolderHasNoRevisions() throws IOException {
        assertThat(loadFolder(Files.createDirectories(temp.resolve("empty")))).isEmpty();
    }

    @Test
    void missingFolder() {
        Path missing = temp.resolve("missing");

        assertThatThrownBy(() -> loadFolder(missing))
                .isInstanceOf(ScriptException.class)
                .hasMessage("filesystem:" + missing + ": folder '" + missing + "' does not exist; create it or correct "
                        + "the location");
    }

    @Test
    void locationThatIsAFile() throws IOException {
        Path file = Files.writeString(temp.resolve("aaa_x.sql"), revision("aaa", ""));

        assertThatThrownBy(() -> loadFolder(file))
                .isInstanceOf(ScriptException.class)
                .hasMessageContaining("is a file, not a folder");
    }

    @Test
    void brokenFileIsNamedWithItsPathAndLine() throws IOException {
        Path folder = TestFiles.writeFolder(temp.resolve("m"), Map.of(
                "aaa_first.sql", revision("aaa", ""),
                "sub/bbb_broken.sql", "-- revision: bbb\n-- down_revision: aaa\n-- transactional: maybe\n-- upgrade\nSELECT 1;"));

        assertThatThrownBy(() -> loadFolder(folder))
                .isInstanceOf(ScriptException.class)
                .hasMessageStartingWith(folder.resolve("sub/bbb_broken.sql") + ":3: transactional: 'maybe'");
    }

    @Test
    void ofSeveralBrokenFilesTheFirstInLoadOrderIsReported() throws IOException {
        Map<String, String> files = new java.util.HashMap<>();
        for (int i = 0; i < 200; i++) {
            String id = String.format("r%03d", i);
            files.put(id + "_x.sql", i % 50 == 7 ? revision(id, "") + "'unterminated\n" : revision(id, ""));
        }
        Path folder = TestFiles.writeFolder(temp.resolve("m"), files);

        for (int i = 0; i < 10; i++) {
            assertThatThrownBy(() -> loadFolder(folder)).isInstanceOf(ScriptException.class)
                    .hasMessageStartingWith(folder.resolve("r007_x.sql") + ":");
        }
    }

    @Test
    void fileThatIsNotUtf8() throws IOException {
        Path folder = Files.createDirectories(temp.resolve("m"));
        Files.write(folder.resolve("aaa_latin1.sql"), new byte[] {'-', '-', ' ', (byte) 0xE9, '\n'});

        assertThatThrownBy(() -> loadFolder(folder))
                .isInstanceOf(ScriptException.class)
                .hasMessageStartingWith(folder.resolve("aaa_latin1.sql") + ": not valid UTF-8")
                .hasMessageEndingWith("save the file as UTF-8");
    }

    @Test
    void loadsClasspathTestResources() {
        List<Script> scripts = load(new Location.Classpath("io/migrations/script/classpath-revisions"),
                getClass().getClassLoader());

        assertThat(scripts).extracting(Script::id).containsExactly("1a2b3c4d5e6f", "8f97975fec5c");
        assertThat(scripts).extracting(script -> script.revision().message()).containsExactly("Create accounts", "Add users");
        assertThat(scripts.get(0).reversible()).isTrue();
        assertThat(scripts.get(1).reversible()).isFalse();
        assertThat(scripts.get(1).revision().location()).endsWith("classpath-revisions/sub/8f97975fec5c_add_users.sql");
    }

    @Test
    void loadsAJarOnTheClassPath() throws IOException {
        Path jar = TestFiles.writeJar(temp.resolve("migrations.jar"), Map.of(
                "db/migrations/bbb_second.sql", utf8(revision("bbb", "aaa")),
                "db/migrations/nested/aaa_first.sql", utf8(revision("aaa", "")),
                "db/migrations/V1__Flyway.class", new byte[] {(byte) 0xCA, (byte) 0xFE},
                "db/elsewhere/ccc_not_here.sql", utf8(revision("ccc", ""))));

        try (URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, null)) {
            List<Script> scripts = load(Location.parse("classpath:db/migrations"), loader);

            assertThat(scripts).extracting(Script::id).containsExactly("aaa", "bbb");
            assertThat(scripts.get(0).revision().location())
                    .isEqualTo("jar:" + jar.toUri().toURL() + "!/db/migrations/nested/aaa_first.sql");
            assertThat(scripts.get(0).checksum()).isEqualTo(Checksums.of(revision("aaa", "")));
        }
    }

    @Test
    void missingClasspathFolder() {
        assertThatThrownBy(() -> load(Location.parse("classpath:db/none"), getClass().getClassLoader()))
                .isInstanceOf(ScriptException.class)
                .hasMessageStartingWith("classpath:db/none: folder 'db/none' is not on the class path");
    }

    @Test
    void combinesLocationsInLoadOrder() throws IOException {
        Path extra = TestFiles.writeFolder(temp.resolve("extra"), Map.of(
                "0a0a0a0a0a0a_between.sql", revision("0a0a0a0a0a0a", "1a2b3c4d5e6f"),
                "ffffffffffff_last.sql", revision("ffffffffffff", "8f97975fec5c")));
        List<Location> locations = Location.parseList(
                "filesystem:" + extra + ",classpath:io/migrations/script/classpath-revisions");

        List<Script> scripts = SqlRevisionSource.of(locations, getClass().getClassLoader()).load();

        assertThat(scripts).extracting(Script::id)
                .containsExactly("0a0a0a0a0a0a", "1a2b3c4d5e6f", "8f97975fec5c", "ffffffffffff");
    }

    @Test
    void overlappingLocationsLoadEachFileOnce() throws IOException {
        Path folder = TestFiles.writeFolder(temp.resolve("m"), Map.of(
                "aaa_first.sql", revision("aaa", ""),
                "sub/bbb_second.sql", revision("bbb", "aaa")));

        List<Script> scripts = SqlRevisionSource.of(
                List.of(new Location.Folder(folder), new Location.Folder(folder.resolve("sub"))),
                getClass().getClassLoader()).load();

        assertThat(scripts).extracting(Script::id).containsExactly("aaa", "bbb");
    }
}
