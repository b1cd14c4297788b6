package io.migrations.internal.script;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.migrations.api.Revision;
import io.migrations.api.ScriptException;
import io.migrations.internal.platform.Databases;
import io.migrations.java.Migration;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JavaRevisionTemplateTest {

    private static final Revision ADD_USERS = new Revision("8f97975fec5c", List.of("1a2b3c4d5e6f"), List.of(),
            List.of(), "Add users table", "2024-05-01 12:00:00.123456", "ignored");

    @Test
    void writesAnAnnotatedClassWithEmptyDirections() {
        JavaSource source = JavaRevisionTemplate.render("com.example.migrations", ADD_USERS);
        assertThat(source.className()).isEqualTo("AddUsersTable");
        assertThat(source.relativePath()).isEqualTo(Path.of("com/example/migrations/AddUsersTable.java"));
        assertThat(source.text()).isEqualTo("""
                package com.example.migrations;

                import static io.migrations.ops.Dsl.*;
                import static io.migrations.ops.Types.*;

                import io.migrations.java.Migration;
                import io.migrations.java.Revision;
                import io.migrations.ops.Operations;

                @Revision(
                        id = "8f97975fec5c",
                        down = "1a2b3c4d5e6f",
                        message = "Add users table",
                        createDate = "2024-05-01 12:00:00.123456")
                public class AddUsersTable implements Migration {

                    @Override
                    public void upgrade(Operations op) {
                    }

                    @Override
                    public void downgrade(Operations op) {
                    }
                }
                """);
    }

    @Test
    void writesMergesLabelsAndDependenciesAsArrays() {
        Revision merge = new Revision("abc123", List.of("aaa", "bbb"), List.of("reporting", "v2"), List.of("ccc"),
                "Merge \"a\" and b\\c\nnext", "", "ignored");
        assertThat(JavaRevisionTemplate.render("db", merge).text()).contains("""
                @Revision(
                        id = "abc123",
                        down = {"aaa", "bbb"},
                        branchLabels = {"reporting", "v2"},
                        dependsOn = "ccc",
                        message = "Merge \\"a\\" and b\\\\c\\nnext")
                public class MergeAAndBCNext implements Migration {""");
        Revision base = new Revision("abc124", List.of(), List.of(), List.of(), "", "", "ignored");
        assertThat(JavaRevisionTemplate.render("db", base).text()).contains("""
                @Revision(
                        id = "abc124")
                public class Revision_abc124 implements Migration {""");
    }

    @Test
    void namesTheClassAfterTheMessage() {
        assertThat(JavaRevisionTemplate.className("add users table", "x1")).isEqualTo("AddUsersTable");
        assertThat(JavaRevisionTemplate.className("  logs.error: add_column!  ", "x1")).isEqualTo("LogsErrorAddColumn");
        assertThat(JavaRevisionTemplate.className("2fa support", "x1")).isEqualTo("Revision2faSupport");
        assertThat(JavaRevisionTemplate.className("café prix", "x1")).isEqualTo("CaféPrix");
        assertThat(JavaRevisionTemplate.className("--", "x1")).isEqualTo("Revision_x1");
        assertThat(JavaRevisionTemplate.className("migration", "x1")).isEqualTo("Revision_x1");
    }

    @Test
    void rejectsPackagesThatJavaDoesNot() {
        assertThatThrownBy(() -> JavaRevisionTemplate.render("com.example.class", ADD_USERS))
                .isInstanceOf(ScriptException.class)
                .hasMessage("com.example.class: is not a Java package name; give one such as com.example.migrations "
                        + "(Java revisions cannot live in the unnamed package)");
        assertThatThrownBy(() -> JavaRevisionTemplate.render("", ADD_USERS)).isInstanceOf(ScriptException.class);
    }

    @Test
    void theSourceCompilesAndLoadsAsTheSameRevision(@TempDir Path root) throws Exception {
        Revision merge = new Revision("c0ffee", List.of("aaa", "bbb"), List.of("reporting"), List.of("ccc"),
                "Merge \"reporting\"", "2024-05-01 12:00:00", "ignored");
        JavaSource source = JavaRevisionTemplate.render("com.example.migrations", merge);
        Path classes = TestCompiler.compile(root, source);
        try (URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()},
                getClass().getClassLoader())) {
            String className = "com.example.migrations." + source.className();
            Script script = JavaRevisions.load(loader.loadClass(className));
            assertThat(script.revision()).isEqualTo(new Revision("c0ffee", List.of("aaa", "bbb"), List.of("reporting"),
                    List.of("ccc"), "Merge \"reporting\"", "2024-05-01 12:00:00", className));
            assertThat(script.reversible()).isTrue();
            assertThat(script.upgrade().statements(Databases.POSTGRESQL)).isEmpty();
        }
    }
}
