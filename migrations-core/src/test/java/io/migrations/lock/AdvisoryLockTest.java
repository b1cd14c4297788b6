package io.migrations.lock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.migrations.db.DatabaseUrl;
import io.migrations.db.TableName;
import io.migrations.db.UrlDataSource;
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
    private static UrlDataSource dataSource;

    @BeforeAll
    static void createDatabase() {
        db = TestServers.find().createDatabase("AdvisoryLockTest");
        dataSource = new UrlDataSource(new DatabaseUrl(db.jdbcUrl(), db.user(), db.password()));
    }

    @AfterAll
    static void dropDatabase() {
        db.close();
    }

    @Test
    void secondHolderTimesOutNamingTheFirst() {
        AdvisoryLock lock = new AdvisoryLock(dataSource, new TableName(null, "alembic_version"));
        try (MigrationLock.Held held = lock.acquire(Duration.ofSeconds(5))) {
            assertThatThrownBy(() -> lock.acquire(Duration.ofMillis(300)))
                    .isInstanceOf(LockException.class)
                    .hasMessageContaining("Timed out")
                    .hasMessageContaining("pid ")
                    .hasMessageContaining("pg_terminate_backend");
        }
        try (MigrationLock.Held again = lock.acquire(Duration.ofMillis(300))) {
            assertThat(again).isNotNull();
        }
    }

    @Test
    void lockConnectionHoldsNoTransaction() throws Exception {
        AdvisoryLock lock = new AdvisoryLock(dataSource, new TableName("s", "versions"));
        try (MigrationLock.Held held = lock.acquire(Duration.ofSeconds(5));
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
        AdvisoryLock lock = new AdvisoryLock(dataSource, new TableName(null, "crash_versions"));
        try (Connection victim = db.connect(); Statement s = victim.createStatement()) {
            s.execute("SELECT pg_advisory_lock(" + lock.key() + ")");
            victim.close();
            try (MigrationLock.Held held = lock.acquire(Duration.ofSeconds(5))) {
                assertThat(held).isNotNull();
            }
        }
    }
}
