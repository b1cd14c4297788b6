package io.migrations.sample;

import static org.assertj.core.api.Assertions.assertThat;

import io.migrations.testdb.TestDatabase;
import io.migrations.testdb.TestServers;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code java -jar sample-app.jar --spring.profiles.active=migrate}, the pre-deploy command of the Dockerfile and
 * render.yaml: it migrates and exits, with an exit code a deploy can trust.
 */
class MigrateProfileIT {

    /** An extra revision after the app's head whose second statement fails. */
    private static final String BROKEN_REVISION = """
            -- revision: 0badc0ffee00
            -- down_revision: %s
            -- message: Add audit events, then fail

            -- upgrade
            CREATE TABLE audit_events (id bigint PRIMARY KEY, happened_at timestamp with time zone NOT NULL);
            INSERT INTO audit_events_typo (id) VALUES (1);

            -- downgrade
            DROP TABLE audit_events;
            """.formatted(AppRevisions.HEAD);

    @Test
    void migratesToTheHeadAndExitsZero() throws Exception {
        try (TestDatabase database = TestServers.find().createDatabase("SampleMigrateIT");
             SampleProcess migrate = SampleProcess.start("migrate-ok",
                     Map.of("DATABASE_URL", PostgresUrls.databaseUrl(database)), "--spring.profiles.active=migrate")) {
            int exitCode = migrate.awaitExit();

            assertThat(exitCode).as(migrate.output()).isZero();
            assertThat(migrate.output()).contains("Migrate-only run").doesNotContain("Tomcat started");
            assertThat(versions(database)).isEqualTo(AppRevisions.HEAD);
        }
    }

    @Test
    void brokenRevisionExitsNonZeroAndLeavesTheLastGoodRevision(@TempDir Path extra) throws Exception {
        Files.writeString(extra.resolve("0badc0ffee00_add_audit_events.sql"), BROKEN_REVISION);
        try (TestDatabase database = TestServers.find().createDatabase("SampleMigrateBrokenIT");
             SampleProcess migrate = SampleProcess.start("migrate-broken",
                     Map.of("DATABASE_URL", PostgresUrls.databaseUrl(database)), "--spring.profiles.active=migrate",
                     "--migrations.locations=classpath:db/migrations,filesystem:" + extra)) {
            int exitCode = migrate.awaitExit();

            assertThat(exitCode).as(migrate.output()).isNotZero();
            assertThat(migrate.output()).contains("0badc0ffee00").contains("audit_events_typo");
            assertThat(versions(database)).isEqualTo(AppRevisions.HEAD);
            assertThat(query(database, "SELECT CAST(to_regclass('audit_events') AS text)"))
                    .as("the failed revision's table was rolled back").isNull();
            assertThat(query(database, "SELECT revision || ' ' || CAST(success AS text) FROM migrations_history "
                    + "ORDER BY id DESC LIMIT 1")).isEqualTo("0badc0ffee00 false");
        }
    }

    private static String versions(TestDatabase database) throws SQLException {
        return query(database, "SELECT string_agg(version_num, ',') FROM alembic_version");
    }

    private static String query(TestDatabase database, String sql) throws SQLException {
        try (Connection connection = database.connect(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getString(1);
        }
    }
}
