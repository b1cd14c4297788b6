package io.migrations.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.migrations.MigrationsConfig;
import io.migrations.testdb.FreshDatabase;
import io.migrations.testdb.TestDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class AheadDataSourceTest {

    @RegisterExtension
    static final FreshDatabase DB = new FreshDatabase();

    private final TestDatabase db = DB.get();

    @Test
    void theFirstConnectionIsOpenedBeforeItIsAskedForAndLaterOnesWhenAsked() throws Exception {
        AheadDataSource ahead = AheadDataSource.start(db.dataSource());
        Thread.sleep(500);
        Instant asked = Instant.now();

        try (Connection first = ahead.getConnection(); Connection second = ahead.getConnection()) {
            assertThat(backendStart(first)).isBefore(asked);
            assertThat(backendStart(second)).isAfter(asked);
            assertThat(pid(second)).isNotEqualTo(pid(first));
        }
    }

    @Test
    void aFailureToConnectAheadIsTheErrorADirectCallGives() {
        DataSource unreachable = MigrationsConfig.builder().url("postgresql://app:pa55word@127.0.0.1:1/app", null, null)
                .build().dataSource();
        SQLException direct = catchThrowableOfType(SQLException.class, unreachable::getConnection);

        SQLException ahead = catchThrowableOfType(SQLException.class, AheadDataSource.start(unreachable)::getConnection);

        assertThat(ahead.getMessage()).isEqualTo(direct.getMessage());
        assertThat(ahead.getSQLState()).isEqualTo(direct.getSQLState());
    }

    private static Instant backendStart(Connection connection) throws SQLException {
        try (Statement s = connection.createStatement();
             ResultSet rs = s.executeQuery("SELECT backend_start FROM pg_stat_activity WHERE pid = pg_backend_pid()")) {
            rs.next();
            Timestamp start = rs.getTimestamp(1);
            return start.toInstant();
        }
    }

    private static int pid(Connection connection) throws SQLException {
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery("SELECT pg_backend_pid()")) {
            rs.next();
            return rs.getInt(1);
        }
    }
}
