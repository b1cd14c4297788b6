package io.migrations.internal.autogen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a {@code --model} value means: a path, {@code url:}, or a kind a {@code ModelProvider} answers to. */
class ModelTest {

    @TempDir
    Path base;

    private final ClassLoader classLoader = getClass().getClassLoader();

    private Model parse(String value) {
        return Model.parse(value, base, "user", "secret", classLoader);
    }

    @Test
    void aKindGoesToTheProviderFoundOnTheClassLoaderWithTheSettings() {
        Model model = Model.parse(" ECHO: CREATE TABLE t (id int) ", base, null, null, classLoader,
                Map.of("comment", "from the app"));

        assertThat(model).isInstanceOfSatisfying(Model.Text.class, text -> {
            assertThat(text.name()).isEqualTo("ECHO: CREATE TABLE t (id int)");
            assertThat(text.sql().get()).isEqualTo("CREATE TABLE t (id int) -- from the app");
        });
        assertThat(((Model.Text) parse("echo:SELECT 1")).sql().get()).isEqualTo("SELECT 1 -- no settings");
    }

    @Test
    void jpaWithoutTheHibernateModuleNamesTheArtifactToAdd() {
        assertThatThrownBy(() -> parse("jpa:com.acme.domain"))
                .isInstanceOf(AutogenerateException.class)
                .hasMessage("--model jpa:com.acme.domain: JPA models need the io.migrations:migrations-hibernate "
                        + "artifact, which is not on the class path: add that dependency (the migrations CLI jar "
                        + "includes it), or give a .sql model or url:<database url>")
                .satisfies(e -> assertThat(((AutogenerateException) e).isUserError()).isTrue());
    }

    @Test
    void anUnknownKindListsTheKnownOnesUnlessAFileHasThatName() throws Exception {
        assertThatThrownBy(() -> parse("yaml:schema.yaml"))
                .isInstanceOf(AutogenerateException.class)
                .hasMessage("--model yaml:schema.yaml: no model kind 'yaml:' (known: url:, echo:) and no such file; "
                        + "give a .sql file, a folder of .sql files or url:<database url>");

        Files.writeString(base.resolve("odd:name.sql"), "SELECT 1;");
        assertThat(parse("odd:name.sql")).isEqualTo(new Model.Sql(base.resolve("odd:name.sql")));
    }

    @Test
    void pathsAndUrlsAreWhatTheyWere() {
        assertThat(parse("db/schema.sql")).isEqualTo(new Model.Sql(base.resolve("db/schema.sql")));
        assertThat(parse("url:postgresql://localhost/app")).isInstanceOfSatisfying(Model.Database.class,
                database -> assertThat(database.url().user()).isEqualTo("user"));
        assertThatThrownBy(() -> parse(" ")).isInstanceOf(AutogenerateException.class)
                .hasMessageStartingWith("--model needs a value");
    }
}
