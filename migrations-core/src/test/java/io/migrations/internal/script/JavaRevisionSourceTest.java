package io.migrations.internal.script;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.migrations.api.Revision;
import io.migrations.api.ScriptException;
import io.migrations.internal.platform.Databases;
import io.migrations.java.mixed.AddAccountEmail;
import io.migrations.java.scenarios.AddLogsCurrency;
import io.migrations.java.scenarios.LogsBase;
import io.migrations.testdb.TestDatabase;
import io.migrations.testdb.TestServers;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JavaRevisionSourceTest {

    private final ClassLoader testLoader = getClass().getClassLoader();

    @Test
    void findsTheRevisionClassesOfAPackageFolder() {
        List<Script> scripts = new JavaRevisionSource("io.migrations.java.scenarios", testLoader).load();
        assertThat(scripts).extracting(script -> script.revision().location()).contains(
                LogsBase.class.getName(), AddLogsCurrency.class.getName()).hasSize(15).isSorted();
        assertThat(scripts.get(0).revision().location()).isEqualTo(AddLogsCurrency.class.getName());
    }

    @Test
    void findsRevisionClassesInAJarIncludingSubpackages(@TempDir Path root) throws Exception {
        Revision base = new Revision("aaa111", List.of(), List.of(), List.of(), "Create things", "", "");
        Revision next = new Revision("bbb222", List.of("aaa111"), List.of(), List.of(), "Fill things", "", "");
        Path classes = TestCompiler.compile(root, JavaRevisionTemplate.render("com.example.db", base),
                JavaRevisionTemplate.render("com.example.db.later", next),
                new JavaSource("com.example.db", "Helper", "package com.example.db; class Helper {}"));
        Path jar = jar(classes, root.resolve("revisions.jar"));
        try (URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, testLoader)) {
            List<Script> scripts = new JavaRevisionSource("com.example.db", loader).load();
            assertThat(scripts).extracting(Script::id).containsExactly("aaa111", "bbb222");
            assertThat(scripts).extracting(script -> script.revision().location())
                    .containsExactly("com.example.db.CreateThings", "com.example.db.later.FillThings");
        }
    }

    @Test
    void aMigrationWithoutTheAnnotationIsAnError(@TempDir Path root) throws Exception {
        Path classes = TestCompiler.compile(root, new JavaSource("com.example.db", "Forgotten", """
                package com.example.db;
                public class Forgotten implements io.migrations.java.IrreversibleMigration {
                    public void upgrade(io.migrations.ops.Operations op) {
                    }
                }
                """));
        try (URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()}, testLoader)) {
            assertThatThrownBy(() -> new JavaRevisionSource("com.example.db", loader).load())
                    .isInstanceOf(ScriptException.class)
                    .hasMessage("com.example.db.Forgotten: implements IrreversibleMigration but is not annotated with "
                            + "@Revision; annotate it, or move it out of package com.example.db");
        }
    }

    @Test
    void aPackageOnNoClassPathEntryIsAnError() {
        assertThatThrownBy(() -> new JavaRevisionSource("com.example.nowhere", testLoader).load())
                .isInstanceOf(ScriptException.class)
                .hasMessageContaining("folder 'com/example/nowhere' is not on the class path");
        assertThatThrownBy(() -> new JavaRevisionSource("com.example.", testLoader))
                .isInstanceOf(ScriptException.class)
                .hasMessage("com.example.: is not a Java package name; give the package of the revision classes, "
                        + "e.g. com.example.migrations");
    }

    @Test
    void javaAndSqlRevisionsMixInOneSourceAndRunInOrder() throws Exception {
        List<Script> scripts = new CompositeRevisionSource(List.of(
                new SqlRevisionSource(new Location.Classpath("io/migrations/java/mixed"), testLoader, null),
                new JavaRevisionSource("io.migrations.java.mixed", testLoader))).load();
        assertThat(scripts).extracting(Script::id).containsExactlyInAnyOrder("1a2b3c4d5e6f", "2b3c4d5e6f7a");
        Script sql = scripts.stream().filter(s -> s.id().equals("1a2b3c4d5e6f")).findFirst().orElseThrow();
        Script java = scripts.stream().filter(s -> s.id().equals("2b3c4d5e6f7a")).findFirst().orElseThrow();
        assertThat(java.revision().downRevisions()).containsExactly(sql.id());
        assertThat(java.revision().location()).isEqualTo(AddAccountEmail.class.getName());

        try (TestDatabase database = TestServers.find().createDatabase("JavaRevisionSourceTest");
             Connection connection = database.connect()) {
            ScriptRunner runner = new ScriptRunner(connection, Databases.detect(connection));
            runner.upgrade(sql);
            runner.upgrade(java);
            Catalog catalog = new Catalog(connection);
            assertThat(catalog.columns("accounts")).containsOnlyKeys("id", "name", "email");
            assertThat(catalog.constraints("accounts")).containsEntry("accounts_email_key", "UNIQUE");
            runner.downgrade(java);
            runner.downgrade(sql);
            assertThat(catalog.tables()).doesNotContain("accounts");
        }
    }

    /** Jars {@code classes} with directory entries, as Maven and Gradle build them. */
    private static Path jar(Path classes, Path jar) throws IOException {
        try (OutputStream file = Files.newOutputStream(jar);
             JarOutputStream out = new JarOutputStream(file);
             Stream<Path> paths = Files.walk(classes)) {
            for (Path path : paths.sorted().toList()) {
                String name = classes.relativize(path).toString().replace('\\', '/');
                if (name.isEmpty()) {
                    continue;
                }
                out.putNextEntry(new JarEntry(Files.isDirectory(path) ? name + "/" : name));
                if (!Files.isDirectory(path)) {
                    Files.copy(path, out);
                }
                out.closeEntry();
            }
        }
        return jar;
    }
}
