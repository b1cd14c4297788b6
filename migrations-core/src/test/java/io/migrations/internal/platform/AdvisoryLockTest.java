package io.migrations.internal.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.migrations.api.LockException;
import io.migrations.testdb.TestDatabase;
import io.migrations.testdb.TestServers;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class AdvisoryLockTest {

    private static TestDatabase db;

    @BeforeAll
    static void createDatabase() {
        db = TestServers.find().createDatabase("AdvisoryLockTest");
    }

    @AfterAll
    static void dropDatabase() {
        db.close();
    }

    private static AdvisoryLock lock(String schema, String table) {
        return new AdvisoryLock(new TableName(schema, table), Duration.ofSeconds(5));
    }

    @Test
    void secondHolderTimesOutNamingTheFirst() throws Exception {
        AdvisoryLock lock = lock(null, "alembic_version");
        try (Connection first = db.connect(); Connection second = db.connect()) {
            int firstPid = Sessions.backendPid(first);
            try (MigrationLock.Held held = lock.acquire(first, Duration.ofSeconds(5))) {
                assertThatThrownBy(() -> lock.acquire(second, Duration.ofMillis(300)))
                        .isInstanceOf(LockException.class)
                        .hasMessageContaining("Timed out")
                        .hasMessageContaining("pid " + firstPid + " (user " + db.user())
                        .hasMessageContaining("query: SELECT pg_try_advisory_lock")
                        .hasMessageContaining("pg_terminate_backend");
            }
            try (MigrationLock.Held again = lock.acquire(second, Duration.ofMillis(300))) {
                assertThat(again).isNotNull();
            }
        }
    }

    @Test
    void lockHoldsNoTransaction() throws Exception {
        AdvisoryLock lock = lock("s", "versions");
        try (Connection holder = db.connect();
             MigrationLock.Held held = lock.acquire(holder, Duration.ofSeconds(5));
             Connection c = db.connect();
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT a.state FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid "
                     + "WHERE l.locktype = 'advisory' AND l.granted AND a.datname = current_database() "
                     + "AND l.objid::bigint = " + (lock.key() & 0xffffffffL))) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo("idle");
        }
    }

    @Test
    void differentVersionTablesUseDifferentKeys() {
        assertThat(AdvisoryLock.keyFor(new TableName(null, "alembic_version")))
                .isNotEqualTo(AdvisoryLock.keyFor(new TableName("other", "alembic_version")));
    }

    @Test
    void lockIsReleasedWhenTheSessionDies() throws Exception {
        AdvisoryLock lock = lock(null, "crash_versions");
        try (Connection victim = db.connect(); Statement s = victim.createStatement(); Connection next = db.connect()) {
            s.execute("SELECT pg_advisory_lock(" + lock.key() + ")");
            victim.close();
            try (MigrationLock.Held held = lock.acquire(next, Duration.ofSeconds(5))) {
                assertThat(held).isNotNull();
            }
        }
    }
}
