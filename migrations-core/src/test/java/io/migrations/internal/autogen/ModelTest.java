package io.migrations.internal.autogen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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
                        + "artifact, which is not on the class path: add that dependency, or with the CLI put its "
                        + "jar with Hibernate, migrations-hibernate-<version>-all.jar, on --classpath; or give a .sql "
                        + "model")
                .satisfies(e -> assertThat(((AutogenerateException) e).isUserError()).isTrue());
    }

    @Test
    void anUnknownKindListsTheKnownOnesUnlessAFileHasThatName() throws Exception {
        assertThatThrownBy(() -> parse("yaml:schema.yaml"))
                .isInstanceOf(AutogenerateException.class)
                .hasMessage("--model yaml:schema.yaml: no model kind 'yaml:' (known: url:, classpath:, echo:) and no such file; "
                        + "give a .sql file, a folder of .sql files or url:<database url>");

        Files.writeString(base.resolve("odd:name.sql"), "SELECT 1;");
        assertThat(parse("odd:name.sql")).isEqualTo(new Model.Sql(base.resolve("odd:name.sql")));
    }

    @Test
    void aClasspathModelIsReadFromTheClassLoaderWhenApplied() {
        assertThat(parse("classpath:/autogen-model/db/schema.sql")).isInstanceOfSatisfying(Model.Text.class, text -> {
            assertThat(text.name()).isEqualTo("classpath:autogen-model/db/schema.sql");
            assertThat(text.sql().get()).isEqualTo("CREATE TABLE kept_next_to_the_revisions (id int);\n");
        });
        assertThatThrownBy(() -> parse("classpath:autogen-model/nope.sql")).isInstanceOf(AutogenerateException.class)
                .hasMessage("--model classpath:autogen-model/nope.sql: no such resource on the class path");
        assertThat(parse("filesystem:db/schema.sql")).isEqualTo(new Model.Sql(base.resolve("db/schema.sql")));
    }

    @Test
    void theDefaultModelIsSchemaSqlNextToTheRevisions() throws Exception {
        assertThat(Model.nextToRevisions(List.of("classpath:autogen-model/db/migrations"), classLoader))
                .hasValueSatisfying(model -> assertThat(model).hasToString("classpath:autogen-model/db/schema.sql"));
        Path revisions = Files.createDirectories(base.resolve("db/migrations"));
        assertThat(Model.nextToRevisions(List.of(revisions.toString()), classLoader)).isEmpty();

        Files.writeString(base.resolve("db/schema.sql"), "SELECT 1;");
        assertThat(Model.nextToRevisions(List.of("classpath:nowhere/migrations", "filesystem:" + revisions),
                classLoader)).contains(new Model.Sql(base.resolve("db/schema.sql")));
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
