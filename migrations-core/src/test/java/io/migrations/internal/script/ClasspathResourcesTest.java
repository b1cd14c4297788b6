package io.migrations.internal.script;

import static io.migrations.internal.script.TestFiles.jarBytes;
import static io.migrations.internal.script.TestFiles.utf8;
import static io.migrations.internal.script.TestFiles.writeJar;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.migrations.api.ScriptException;
import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.net.URLConnection;
import java.net.URLStreamHandler;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ClasspathResourcesTest {

    @TempDir
    Path temp;

    /** Opening these URLs fails, as it would without Spring Boot's URL handler: the scanner must not need it. */
    private static final URLStreamHandler NO_HANDLER = new URLStreamHandler() {
        @Override
        protected URLConnection openConnection(URL url) {
            throw new UnsupportedOperationException("no handler for " + url);
        }
    };

    /** A class loader that has {@code folder} at exactly {@code urls}, like a Spring Boot launcher. */
    private static ClassLoader loaderWith(String folder, String... urls) {
        List<URL> found = new ArrayList<>();
        for (String url : urls) {
            try {
                found.add(new URL(null, url, NO_HANDLER));
            } catch (MalformedURLException e) {
                throw new IllegalArgumentException(url, e);
            }
        }
        return new ClassLoader(null) {
            @Override
            protected Enumeration<URL> findResources(String name) {
                return Collections.enumeration(name.equals(folder) ? found : List.of());
            }
        };
    }

    /** A Spring Boot fat jar: application resources in BOOT-INF/classes, a dependency in BOOT-INF/lib. */
    private Path fatJar() throws IOException {
        byte[] dependency = jarBytes(Map.of(
                "db/m/bbb_from_lib.sql", utf8("lib"),
                "other/ccc_elsewhere.sql", utf8("other")));
        return writeJar(temp.resolve("app.jar"), Map.of(
                "BOOT-INF/classes/db/m/aaa_from_app.sql", utf8("app"),
                "BOOT-INF/classes/db/m/notes.txt", utf8("notes"),
                "BOOT-INF/classes/db/other/ddd_elsewhere.sql", utf8("other"),
                "BOOT-INF/lib/dep.jar", dependency,
                "db/m/eee_outside_classes.sql", utf8("outside")));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "Spring Boot 3.1 and earlier, jar:file:{app}!/BOOT-INF/classes!/db/m, jar:file:{app}!/BOOT-INF/lib/dep.jar!/db/m",
        "Spring Boot 3.2 and later, jar:nested:{app}/!BOOT-INF/classes/!/db/m, jar:nested:{app}/!BOOT-INF/lib/dep.jar!/db/m",
    })
    void readsSpringBootFatJars(String style, String classesUrl, String libUrl) throws IOException {
        String app = fatJar().toAbsolutePath().toString();
        String classes = classesUrl.replace("{app}", app);
        String lib = libUrl.replace("{app}", app);

        List<SourceFile> files = new ClasspathResources(loaderWith("db/m", classes, lib))
                .find("db/m", name -> name.endsWith(".sql"));

        assertThat(files).extracting(SourceFile::name, SourceFile::location, SourceFile::text).containsExactly(
                tuple("db/m/aaa_from_app.sql", classes + "/aaa_from_app.sql", "app"),
                tuple("db/m/bbb_from_lib.sql", lib + "/bbb_from_lib.sql", "lib"));
    }

    @Test
    void readsPlainJarsAndFoldersOfAClassLoaderTogether() throws IOException {
        Path jar = writeJar(temp.resolve("plain.jar"), Map.of(
                "db/m/aaa_in_jar.sql", utf8("jar"),
                "db/m/deeper/bbb_in_jar.sql", utf8("deeper")));
        Path folder = TestFiles.writeFolder(temp.resolve("classes"), Map.of(
                "db/m/aaa_in_jar.sql", "same name in a folder",
                "db/m/ccc_in_folder.sql", "folder"));

        try (URLClassLoader loader = new URLClassLoader(
                new URL[] {folder.toUri().toURL(), jar.toUri().toURL()}, null)) {
            List<SourceFile> files = new ClasspathResources(loader).find("/db/m/", name -> true);

            assertThat(files).extracting(SourceFile::name).containsExactly(
                    "db/m/aaa_in_jar.sql", "db/m/aaa_in_jar.sql", "db/m/ccc_in_folder.sql", "db/m/deeper/bbb_in_jar.sql");
            assertThat(files.get(0).location()).isEqualTo(folder.resolve("db/m/aaa_in_jar.sql").toString());
            assertThat(files.get(1).location()).isEqualTo("jar:" + jar.toUri().toURL() + "!/db/m/aaa_in_jar.sql");
            assertThat(files).extracting(SourceFile::text)
                    .containsExactly("same name in a folder", "jar", "folder", "deeper");
        }
    }

    @Test
    void filterSeesNamesFromTheClassPathRoot() {
        List<String> seen = new ArrayList<>();
        List<SourceFile> files = new ClasspathResources(getClass().getClassLoader())
                .find("io/migrations/script/classpath-revisions", name -> {
                    seen.add(name);
                    return false;
                });

        assertThat(files).isEmpty();
        assertThat(seen).containsExactlyInAnyOrder(
                "io/migrations/script/classpath-revisions/1a2b3c4d5e6f_create_accounts.sql",
                "io/migrations/script/classpath-revisions/README.md",
                "io/migrations/script/classpath-revisions/sub/8f97975fec5c_add_users.sql");
    }

    @Test
    void folderMissingFromTheClassPath() {
        assertThatThrownBy(() -> new ClasspathResources(getClass().getClassLoader()).find("no/such/folder", n -> true))
                .isInstanceOf(ScriptException.class)
                .hasMessage("classpath:no/such/folder: folder 'no/such/folder' is not on the class path; create it "
                        + "(e.g. src/main/resources/no/such/folder) or correct the location");
    }

    @Test
    void emptyFolderName() {
        assertThatThrownBy(() -> new ClasspathResources(getClass().getClassLoader()).find("/", n -> true))
                .isInstanceOf(ScriptException.class)
                .hasMessageContaining("a class path location must name a folder");
    }

    @Test
    void unsupportedUrlProtocol() {
        ClassLoader loader = loaderWith("db/m", "vfs:/content/app.war/WEB-INF/classes/db/m");

        assertThatThrownBy(() -> new ClasspathResources(loader).find("db/m", n -> true))
                .isInstanceOf(ScriptException.class)
                .hasMessageContaining("classpath:db/m: cannot list class path folder 'vfs:/content/app.war/")
                .hasMessageContaining("use a filesystem: location instead");
    }

    @Test
    void jarNestedTwoLevelsDeep() throws IOException {
        byte[] inner = jarBytes(Map.of("db/m/aaa_x.sql", utf8("x")));
        Path app = writeJar(temp.resolve("deep.jar"), Map.of("lib/outer.jar", jarBytes(Map.of("inner.jar", inner))));
        ClassLoader loader = loaderWith("db/m", "jar:" + app.toUri() + "!/lib/outer.jar!/inner.jar!/db/m");

        assertThatThrownBy(() -> new ClasspathResources(loader).find("db/m", n -> true))
                .isInstanceOf(ScriptException.class)
                .hasMessageContaining("jars nested two levels deep are not supported");
    }

    @Test
    void damagedJar() throws IOException {
        Path broken = TestFiles.writeFolder(temp, Map.of("broken.jar", "not a zip")).resolve("broken.jar");
        ClassLoader loader = loaderWith("db/m", "jar:" + broken.toUri() + "!/db/m");

        assertThatThrownBy(() -> new ClasspathResources(loader).find("db/m", n -> true))
                .isInstanceOf(ScriptException.class)
                .hasMessageStartingWith("classpath:db/m: cannot read 'jar:" + broken.toUri() + "!/db/m'")
                .hasMessageEndingWith("check that the jar exists and is not damaged");
    }
}
