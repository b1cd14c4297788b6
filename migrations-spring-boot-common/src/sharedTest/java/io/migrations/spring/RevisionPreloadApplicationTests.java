package io.migrations.spring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.migrations.MigrationsConfig;
import io.migrations.RevisionSet;
import io.migrations.api.Revision;
import io.migrations.api.ScriptException;
import io.migrations.spring.app.TestApplication;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * A real application reads its revisions in the background while the context starts; what the runner ends up
 * with, and every error, must be exactly what reading them at the runner's creation gives.
 */
class RevisionPreloadApplicationTests {

    @RegisterExtension
    static final TestDatabaseExtension db = new TestDatabaseExtension();

    @TempDir
    Path dir;

    @Test
    void theRunnerTakesTheRevisionsReadInTheBackground() throws Exception {
        writeRevision(dir, "p1", "CREATE TABLE preloaded (id int)");

        try (ConfigurableApplicationContext context = start(TestApplication.class)) {
            MigrationRunner runner = context.getBean(MigrationRunner.class);
            MigrationsConfig config = runner.migrations().config();
            RevisionSet read = context.getBean(RevisionPreload.class).revisionsFor(config.locations(),
                    config.classLoader()).orElseThrow();
            assertThat(runner.migrations().revisions().all()).extracting(Revision::id).containsExactly("p1");
            assertThat(runner.migrations().revisions()).isSameAs(read);
            assertThat(db.versions()).containsExactly("p1");
        }
    }

    @Test
    void aCustomizerThatMovesTheLocationsGetsTheRevisionsItNames(@TempDir Path other) throws Exception {
        writeRevision(dir, "p1", "CREATE TABLE preloaded (id int)");
        writeRevision(other, "c1", "CREATE TABLE customized (id int)");
        CustomLocation.folder = other;

        try (ConfigurableApplicationContext context = start(TestApplication.class, CustomLocation.class)) {
            MigrationsConfig config = context.getBean(MigrationRunner.class).migrations().config();
            assertThat(context.getBean(RevisionPreload.class).revisionsFor(config.locations(), config.classLoader()))
                    .as("read ahead for migrations.locations, not for the customizer's folder").isEmpty();
            assertThat(context.getBean(MigrationRunner.class).migrations().revisions().all()).extracting(Revision::id)
                    .containsExactly("c1");
            assertThat(db.versions()).containsExactly("c1");
        }
    }

    @Test
    void aBrokenRevisionStopsTheStartWithTheFileAndLine() throws Exception {
        Files.writeString(dir.resolve("b1_broken.sql"), "-- revision: b1\n-- down_revision:\n-- message: broken\n\n"
                + "-- upgrade\nINSERT INTO t VALUES ('unterminated);\n");

        assertThatThrownBy(() -> start(TestApplication.class).close())
                .rootCause().isInstanceOf(ScriptException.class)
                .hasMessageContaining("b1_broken.sql");
        assertThat(db.versions()).isEmpty();
    }

    @Test
    void nothingIsReadAheadWhenMigrationsAreDisabled() throws Exception {
        writeRevision(dir, "p1", "CREATE TABLE preloaded (id int)");

        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(TestApplication.class)
                .properties(db.dataSourceProperties())
                .properties("spring.main.web-application-type=none", "migrations.enabled=false",
                        "migrations.locations=filesystem:" + dir)
                .run()) {
            assertThat(context.containsBean(RevisionPreload.BEAN_NAME)).isFalse();
            assertThat(db.versions()).isEmpty();
        }
    }

    private ConfigurableApplicationContext start(Class<?>... sources) {
        return new SpringApplicationBuilder(sources)
                .properties(db.dataSourceProperties())
                .properties("spring.main.web-application-type=none", "migrations.locations=filesystem:" + dir)
                .run();
    }

    private static void writeRevision(Path folder, String id, String upgrade) throws Exception {
        Files.writeString(folder.resolve(id + "_rev.sql"), "-- revision: " + id + "\n-- down_revision:\n-- message: "
                + id + "\n\n-- upgrade\n" + upgrade + ";\n");
    }

    /** Points the runner at another folder than {@code migrations.locations}. */
    @Configuration(proxyBeanMethods = false)
    static class CustomLocation {

        static Path folder;

        @Bean
        MigrationsConfigCustomizer otherFolder() {
            return builder -> builder.locations("filesystem:" + folder);
        }
    }
}
