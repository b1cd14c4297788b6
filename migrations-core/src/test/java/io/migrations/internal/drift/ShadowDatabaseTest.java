package io.migrations.internal.drift;

import static org.assertj.core.api.Assertions.assertThat;

import io.migrations.internal.connect.DatabaseUrl;
import io.migrations.testdb.TestDatabase;
import io.migrations.testdb.TestServers;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Throwaway databases dropped without waiting: the call returns while the drop goes on, and the drop happens; an
 * existing database given by URL is left alone.
 */
class ShadowDatabaseTest {

    private static TestDatabase db;
    private static DatabaseUrl url;

    @BeforeAll
    static void createDatabase() {
        db = TestServers.find().createDatabase("ShadowDatabaseTest");
        url = new DatabaseUrl(db.jdbcUrl(), db.user(), db.password());
    }

    @AfterAll
    static void dropDatabase() {
        db.close();
    }

    @Test
    void temporaryDatabaseIsDroppedInTheBackground() throws Exception {
        ShadowDatabase shadow = ShadowDatabase.temporary(url, "model");
        String name = name(shadow);
        assertThat(name).startsWith("migrations_model_");
        assertThat(exists(name)).isTrue();

        shadow.closeWithoutWaiting().get(60, TimeUnit.SECONDS);

        assertThat(exists(name)).isFalse();
    }

    @Test
    void existingDatabaseIsLeftAsItIs() throws Exception {
        try (TestDatabase other = TestServers.find().createDatabase("ShadowDatabaseTestExisting")) {
            ShadowDatabase shadow = ShadowDatabase.existing(new DatabaseUrl(other.jdbcUrl(), other.user(),
                    other.password()));

            shadow.closeWithoutWaiting().get(60, TimeUnit.SECONDS);

            assertThat(exists(other.name())).isTrue();
        }
    }

    /** The database name, the last path segment of its URL before any parameters. */
    private static String name(ShadowDatabase shadow) {
        String jdbcUrl = shadow.url().jdbcUrl();
        String path = jdbcUrl.substring(jdbcUrl.lastIndexOf('/') + 1);
        int query = path.indexOf('?');
        return query < 0 ? path : path.substring(0, query);
    }

    private static boolean exists(String name) throws SQLException {
        return db.strings("SELECT count(*) FROM pg_database WHERE datname = '" + name + "'").equals(List.of("1"));
    }
}
