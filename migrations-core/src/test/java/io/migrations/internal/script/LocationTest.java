package io.migrations.internal.script;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.migrations.api.ScriptException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class LocationTest {

    @Test
    void classpathLocation() {
        assertThat(Location.parse("classpath:/db/migrations/")).isEqualTo(new Location.Classpath("db/migrations"));
        assertThat(Location.parse("classpath:db/migrations")).hasToString("classpath:db/migrations");
    }

    @Test
    void filesystemLocationWithAndWithoutPrefix() {
        assertThat(Location.parse("filesystem:/srv/migrations")).isEqualTo(new Location.Folder(Path.of("/srv/migrations")));
        assertThat(Location.parse("db/migrations")).isEqualTo(new Location.Folder(Path.of("db/migrations")));
        assertThat(Location.parse(" /srv/x ")).hasToString("filesystem:/srv/x");
    }

    @Test
    void windowsDriveIsAPath() {
        assertThat(Location.parse("C:migrations")).isInstanceOf(Location.Folder.class);
    }

    @Test
    void listKeepsOrder() {
        assertThat(Location.parseList("classpath:db/migrations, filesystem:/x,y")).containsExactly(
                new Location.Classpath("db/migrations"), new Location.Folder(Path.of("/x")),
                new Location.Folder(Path.of("y")));
    }

    @Test
    void unknownPrefix() {
        assertThatThrownBy(() -> Location.parse("http://x/y"))
                .isInstanceOf(ScriptException.class)
                .hasMessage("http://x/y: unknown location prefix; write classpath:<folder>, filesystem:<folder> or a path");
    }

    @Test
    void springsFilePrefixMeansAFolder() {
        assertThat(Location.parse("file:/srv/migrations")).isEqualTo(new Location.Folder(Path.of("/srv/migrations")));
        assertThat(Location.parse("file:///srv/migrations")).isEqualTo(new Location.Folder(Path.of("/srv/migrations")));
        assertThat(Location.parse("file:db/migrations")).isEqualTo(new Location.Folder(Path.of("db/migrations")));
        assertThatThrownBy(() -> Location.parse("file:")).hasMessageContaining("empty location");
    }

    @Test
    void emptyEntries() {
        assertThatThrownBy(() -> Location.parseList("classpath:db,,/x"))
                .isInstanceOf(ScriptException.class)
                .hasMessageContaining("empty location");
        assertThatThrownBy(() -> Location.parse("filesystem:"))
                .isInstanceOf(ScriptException.class)
                .hasMessageContaining("empty location");
        assertThatThrownBy(() -> Location.parse("classpath:/"))
                .isInstanceOf(ScriptException.class)
                .hasMessageContaining("a class path location must name a folder");
    }
}
