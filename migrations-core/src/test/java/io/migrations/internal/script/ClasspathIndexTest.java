package io.migrations.internal.script;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.migrations.api.ScriptException;
import io.migrations.java.scenarios.LogsBase;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.net.URLConnection;
import java.net.URLStreamHandler;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Folders that only an index lists, as in a native image, whose class loader lists no folder. */
class ClasspathIndexTest {

    @TempDir
    Path temp;

    /**
     * Like a native image's: {@code folders} are found as {@code resource:} URLs that cannot be listed; files are
     * found by name in {@code files}, classes excepted, since an image keeps them as no resources.
     */
    private static ClassLoader imageLike(ClassLoader files, String... folders) {
        List<String> known = List.of(folders);
        URLStreamHandler unlistable = new URLStreamHandler() {
            @Override
            protected URLConnection openConnection(URL url) {
                throw new UnsupportedOperationException("cannot list " + url);
            }
        };
        return new ClassLoader(files) {
            @Override
            public Enumeration<URL> getResources(String name) throws IOException {
                return known.contains(name) ? Collections.enumeration(List.of(new URL(null, "resource:/" + name, unlistable)))
                        : Collections.emptyEnumeration();
            }

            @Override
            public URL getResource(String name) {
                return name.endsWith(".class") ? null : super.getResource(name);
            }
        };
    }

    @Test
    void sqlFilesOfAFolderOnlyTheIndexListsAreReadByName() throws IOException {
        Path image = TestFiles.writeFolder(temp, Map.of(
                "db/m/aaa_one.sql", "one",
                "db/m/sub/bbb_two.sql", "two",
                "db/m/ccc_not_listed.sql", "left out of the index",
                "db/m/migrations.index", "# written at build time\ndb/m/aaa_one.sql\n\ndb/m/notes.txt\ndb/m/sub/bbb_two.sql\n",
                "db/m/notes.txt", "notes"));
        try (URLClassLoader files = new URLClassLoader(new URL[] {image.toUri().toURL()}, null)) {
            ClasspathResources resources = new ClasspathResources(imageLike(files, "db/m"));

            assertThat(resources.find("db/m", name -> name.endsWith(".sql")))
                    .extracting(SourceFile::name, SourceFile::text, SourceFile::location).containsExactly(
                            tuple("db/m/aaa_one.sql", "one", image.resolve("db/m/aaa_one.sql").toUri().toURL().toString()),
                            tuple("db/m/sub/bbb_two.sql", "two", image.resolve("db/m/sub/bbb_two.sql").toUri().toURL().toString()));
            assertThat(resources.names("db/m", name -> true))
                    .containsExactly("db/m/aaa_one.sql", "db/m/notes.txt", "db/m/sub/bbb_two.sql");
        }
    }

    @Test
    void aListedFileThatIsMissingIsAnErrorNamingIt() throws IOException {
        Path image = TestFiles.writeFolder(temp, Map.of("db/m/migrations.index", "db/m/aaa_gone.sql\n"));
        try (URLClassLoader files = new URLClassLoader(new URL[] {image.toUri().toURL()}, null)) {
            assertThatThrownBy(() -> new ClasspathResources(imageLike(files, "db/m")).find("db/m", name -> true))
                    .isInstanceOf(ScriptException.class)
                    .hasMessage("classpath:db/m: 'db/m/aaa_gone.sql' is listed in the folder's migrations.index but is "
                            + "not on the class path; rebuild the application");
        }
    }

    @Test
    void withoutAnIndexAFolderNoFolderOrJarHoldsIsStillAnError() {
        assertThatThrownBy(() -> new ClasspathResources(imageLike(getClass().getClassLoader())).find("db/m", n -> true))
                .isInstanceOf(ScriptException.class)
                .hasMessageContaining("folder 'db/m' is not on the class path");
    }

    @Test
    void anIndexBuiltOnTheJvmLetsJavaRevisionsLoadWhereNoFolderCanBeListed() throws IOException {
        ClassLoader jvm = getClass().getClassLoader();
        String folder = LogsBase.class.getPackageName().replace('.', '/');
        List<String> listed = ClasspathIndex.list(folder, jvm);
        assertThat(listed).contains(folder + "/LogsBase.class").isSorted().doesNotHaveDuplicates();

        Path image = Files.createDirectories(temp.resolve(folder));
        Files.writeString(image.resolve(ClasspathIndex.FILE_NAME), ClasspathIndex.render(listed));
        try (URLClassLoader index = new URLClassLoader(new URL[] {temp.toUri().toURL()}, jvm)) {
            List<Script> scripts = new JavaRevisionSource(LogsBase.class.getPackageName(), imageLike(index, folder)).load();

            assertThat(scripts).extracting(script -> script.revision().location())
                    .containsExactlyElementsOf(new JavaRevisionSource(LogsBase.class.getPackageName(), jvm).load()
                            .stream().map(script -> script.revision().location()).toList())
                    .contains(LogsBase.class.getName());
        }
    }

    @Test
    void theIndexNamesItsFolder() {
        assertThat(ClasspathIndex.resourceName("/db/migrations/")).isEqualTo("db/migrations/migrations.index");
    }
}
