package io.migrations.internal.autogen;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.migrations.Migrations;
import io.migrations.MigrationsConfig;
import io.migrations.internal.connect.DatabaseUrl;
import io.migrations.internal.drift.ShadowDatabase;
import io.migrations.internal.script.RevisionFiles;
import io.migrations.testdb.TestDatabase;
import io.migrations.testdb.TestServers;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/**
 * The comparison of a model with the revisions replayed, in process: the revision it plans, and {@code dropped()}
 * completing once both throwaway databases, dropped in the background, are gone.
 */
class AutogenerateTest {

    private static TestDatabase db;

    @TempDir
    Path dir;

    @BeforeAll
    static void createDatabase() {
        db = TestServers.find().createDatabase("AutogenerateTest");
    }

    @AfterAll
    static void dropDatabase() {
        db.close();
    }

    @Test
    void comparesTheReplayWithTheModelAndDropsBothThrowawayDatabases() throws Exception {
        Path revisions = Files.createDirectories(dir.resolve("revisions"));
        new RevisionFiles(revisions).write("a1", "", "CREATE TABLE users (id bigint PRIMARY KEY);",
                "DROP TABLE users;");
        Path model = Files.writeString(dir.resolve("schema.sql"),
                "CREATE TABLE users (id bigint PRIMARY KEY, email text);");
        Migrations migrations = Migrations.create(MigrationsConfig.builder().dataSource(db.dataSource())
                .locations("filesystem:" + revisions).build());
        // The names of the throwaway databases come from the log: other tests on the same server make their own.
        Logger log = (Logger) LoggerFactory.getLogger(ShadowDatabase.class);
        ListAppender<ILoggingEvent> events = new ListAppender<>();
        events.start();
        Level level = log.getLevel();
        log.setLevel(Level.INFO);
        log.addAppender(events);
        Autogenerate.Comparison comparison;
        try {
            comparison = Autogenerate.compare(
                    new Autogenerate.Sources(migrations::catalog, migrations::build, migrations::catalogOf),
                    List.of(new Model.Sql(model)), Autogenerate.Against.REVISIONS,
                    new Autogenerate.Servers(new DatabaseUrl(db.jdbcUrl(), db.user(), db.password()), null));
        } finally {
            log.detachAppender(events);
            log.setLevel(level);
        }

        assertThat(comparison.revisions(Renames.none())).singleElement()
                .satisfies(part -> assertThat(part.upgradeSql()).contains("ADD COLUMN email text"));
        List<String> created = events.list.stream().filter(e -> e.getMessage().startsWith("Created "))
                .map(e -> String.valueOf(e.getArgumentArray()[1])).toList();
        assertThat(created).hasSize(2).anyMatch(name -> name.startsWith("migrations_model_"))
                .anyMatch(name -> name.startsWith("migrations_shadow_"));
        comparison.dropped().get(60, TimeUnit.SECONDS);
        for (String name : created) {
            assertThat(db.strings("SELECT count(*) FROM pg_database WHERE datname = '" + name + "'")).as(name)
                    .containsExactly("0");
        }
    }
}
