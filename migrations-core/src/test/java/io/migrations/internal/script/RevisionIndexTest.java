package io.migrations.internal.script;

import static io.migrations.internal.script.TestFiles.revision;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.migrations.api.ScriptException;
import io.migrations.internal.platform.Databases;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The index of a folder's SQL revision files: what it takes from the index and what it reads again. A script taken
 * from the index has statements that are read when asked for, not the {@link SqlStatements} a parse gives.
 */
class RevisionIndexTest {

    @TempDir
    Path temp;

    private Map<String, Script> load(Path folder) {
        return new SqlRevisionSource(new Location.Folder(folder), getClass().getClassLoader(), temp.resolve("cache"))
                .load().stream().collect(Collectors.toMap(Script::id, Function.identity()));
    }

    private static boolean fromIndex(Script script) {
        return !(script.upgrade() instanceof SqlStatements);
    }

    @Test
    void unchangedFilesComeFromTheIndexAndEveryChangeIsSeen() throws Exception {
        Path folder = TestFiles.writeFolder(temp.resolve("m"), Map.of(
                "aaa_first.sql", revision("aaa", "") + "\n-- downgrade\nSELECT 'undo';\n",
                "bbb_second.sql", "-- revision: bbb\n-- down_revision: aaa\n-- message: second\n-- transactional: false\n"
                        + "\n-- upgrade\nSELECT 'bbb';\n",
                "ccc_third.sql", revision("ccc", "bbb"),
                "ddd_fourth.sql", revision("ddd", "ccc")));
        // Files written in the last few seconds are never recorded: the index could not tell a second write apart.
        Thread.sleep(3_200);
        Map<String, Script> parsed = load(folder);
        assertThat(parsed.values()).noneMatch(RevisionIndexTest::fromIndex);

        Map<String, Script> indexed = load(folder);
        assertThat(indexed.values()).allMatch(RevisionIndexTest::fromIndex);
        for (Script script : parsed.values()) {
            Script again = indexed.get(script.id());
            assertThat(again.revision()).isEqualTo(script.revision());
            assertThat(again.transaction()).isEqualTo(script.transaction());
            assertThat(again.checksum()).isEqualTo(script.checksum());
            assertThat(again.reversible()).isEqualTo(script.reversible());
            assertThat(again.upgrade().statements(Databases.H2)).isEqualTo(script.upgrade().statements(Databases.H2));
        }
        assertThat(indexed.get("aaa").downgrade().orElseThrow().statements(Databases.H2))
                .isEqualTo(parsed.get("aaa").downgrade().orElseThrow().statements(Databases.H2));

        // Same size, new content; one file gone; one new; one changed after it was read from the index.
        Files.writeString(folder.resolve("ccc_third.sql"), revision("ccc", "bbb").replace("'ccc'", "'CCC'"));
        Files.delete(folder.resolve("bbb_second.sql"));
        Files.writeString(folder.resolve("eee_fifth.sql"), revision("eee", "ccc"));
        Map<String, Script> later = load(folder);
        Files.writeString(folder.resolve("ddd_fourth.sql"), revision("ddd", "ccc") + "SELECT 'more';\n");

        assertThat(later).containsOnlyKeys("aaa", "ccc", "ddd", "eee");
        assertThat(fromIndex(later.get("aaa"))).isTrue();
        assertThat(fromIndex(later.get("ccc"))).isFalse();
        assertThat(later.get("ccc").upgrade().statements(Databases.H2).get(0).sql()).isEqualTo("SELECT 'CCC'");
        assertThat(fromIndex(later.get("ddd"))).isTrue();
        assertThatThrownBy(() -> later.get("ddd").upgrade().statements(Databases.H2))
                .isInstanceOf(ScriptException.class)
                .hasMessageContaining("ddd_fourth.sql")
                .hasMessageContaining("changed while the command ran")
                .hasMessageContaining("run the command again");
        assertThat(load(folder).get("ddd").upgrade().statements(Databases.H2)).hasSize(2);
    }

    @Test
    void aFreshFileIsReadEveryTimeUntilItIsSettled() throws Exception {
        Path folder = TestFiles.writeFolder(temp.resolve("m"), Map.of("aaa_first.sql", revision("aaa", "")));

        load(folder);

        assertThat(load(folder).values()).noneMatch(RevisionIndexTest::fromIndex);
    }

    @Test
    void aDamagedOrForeignIndexOnlyCostsTheSpeedUp() throws Exception {
        Path folder = TestFiles.writeFolder(temp.resolve("m"), Map.of("aaa_first.sql", revision("aaa", ""),
                "bbb_second.sql", revision("bbb", "aaa")));
        Path index = RevisionIndex.of(folder, temp.resolve("cache")).file();
        Files.createDirectories(index.getParent());
        for (byte[] content : List.of(new byte[] {0, 3, 'x', 'y', 'z', 1, 2}, "garbage".getBytes(), new byte[0])) {
            Files.write(index, content);

            assertThat(load(folder)).containsOnlyKeys("aaa", "bbb");
        }
    }

    @Test
    void aCacheFolderThatCannotBeWrittenOnlyCostsTheSpeedUp() throws IOException {
        Path folder = TestFiles.writeFolder(temp.resolve("m"), Map.of("aaa_first.sql", revision("aaa", "")));
        Files.writeString(temp.resolve("cache"), "a file where the folder would be");

        assertThat(load(folder)).containsOnlyKeys("aaa");
    }

    @Test
    void aBrokenFileIsReportedAsWithoutAnIndex() throws IOException {
        Path folder = TestFiles.writeFolder(temp.resolve("m"), Map.of("aaa_first.sql", "-- revision: aaa\n"));

        assertThatThrownBy(() -> load(folder)).isInstanceOf(ScriptException.class).hasMessageContaining("aaa_first.sql");
    }
}
