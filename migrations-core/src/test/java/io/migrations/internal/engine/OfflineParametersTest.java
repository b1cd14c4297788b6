package io.migrations.internal.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.migrations.Migrations;
import io.migrations.MigrationsConfig;
import io.migrations.java.offline.NotesWithEveryValue;
import io.migrations.testdb.TestDatabase;
import io.migrations.testdb.TestServers;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Bug 1: {@code upgrade --sql} writes the parameters of a Java revision as the literals the database reads back as
 * the same values: a {@code ?} in quotes or a comment is left alone, and text with quotes and backslashes, dates,
 * timestamps, byte arrays and nulls round-trip. Checked through the facade's offline path, and by running the script
 * on PostgreSQL next to an online upgrade of the same revision.
 */
class OfflineParametersTest {

    private static final String LOCATION = "classpath:io/migrations/java/offline";

    private static TestDatabase online;
    private static TestDatabase offline;

    @BeforeAll
    static void databases() throws SQLException {
        online = TestServers.find().createDatabase("OfflineParametersOnline");
        offline = TestServers.find().createDatabase("OfflineParametersOffline");
    }

    @AfterAll
    static void drop() {
        online.close();
        offline.close();
    }

    private static Migrations migrations(TestDatabase db) {
        return Migrations.create(MigrationsConfig.builder().dataSource(db.dataSource()).locations(LOCATION).build());
    }

    @Test
    void inlinesEachParameterWhereItsPlaceholderIsAndNowhereElse() {
        String script = migrations(offline).upgradeSql("base:heads");

        assertThat(script).contains("INSERT INTO notes (id, body, kept_on, kept_at, data, missing, mark) /* why? */\n"
                + "VALUES (1, E'it''s C:\\\\temp\\\\new? \\\\x41', DATE '2024-02-29', "
                + "TIMESTAMP '2024-02-29 13:45:30.123', '\\x00ff275c'::bytea, NULL, '?') -- is ? a parameter? no\n;");
    }

    @Test
    void theScriptStoresWhatTheOnlineUpgradeStores() throws SQLException {
        String script = migrations(offline).upgradeSql("base:heads");
        try (Connection c = offline.connect(); Statement s = c.createStatement()) {
            s.execute(script);
        }
        migrations(online).upgrade("heads");

        List<Object> expected = row(online);
        assertThat(expected.get(0)).isEqualTo(NotesWithEveryValue.BODY);
        assertThat(row(offline)).isEqualTo(expected);
    }

    private static List<Object> row(TestDatabase db) throws SQLException {
        try (Connection c = db.connect(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT body, kept_on::text, kept_at::text, encode(data, 'hex'), missing, "
                     + "mark FROM notes")) {
            assertThat(rs.next()).isTrue();
            List<Object> values = new ArrayList<>();
            for (int i = 1; i <= 6; i++) {
                values.add(rs.getString(i));
            }
            return values;
        }
    }
}
