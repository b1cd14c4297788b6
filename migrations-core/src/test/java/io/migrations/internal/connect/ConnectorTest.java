package io.migrations.internal.connect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.migrations.api.DatabaseException;
import io.migrations.testdb.TestDatabase;
import io.migrations.testdb.TestServers;
import java.net.ServerSocket;
import java.sql.Connection;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ConnectorTest {

    private static TestDatabase db;

    @BeforeAll
    static void createDatabase() {
        db = TestServers.find().createDatabase("ConnectorTest");
    }

    @AfterAll
    static void dropDatabase() {
        db.close();
    }

    @Test
    void opensAConnection() throws Exception {
        Connector connector = new Connector(new UrlDataSource(new DatabaseUrl(db.jdbcUrl(), db.user(), db.password())), 0, Duration.ZERO);

        try (Connection c = connector.open()) {
            assertThat(c.isValid(2)).isTrue();
        }
    }

    @Test
    void refusedConnectionNamesHostAndPortAndIsRetried() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        DatabaseUrl url = DatabaseUrl.parse("postgresql://app:NotShown99@127.0.0.1:" + port + "/shop", null, null);
        Connector connector = new Connector(new UrlDataSource(url), 2, Duration.ofMillis(10));

        assertThatThrownBy(connector::open)
                .isInstanceOf(DatabaseException.class)
                .hasMessageStartingWith("Cannot connect to 127.0.0.1:" + port + "/shop")
                .hasMessageContaining("Is the database running")
                .hasMessageNotContaining("NotShown99");
    }

    @Test
    void unknownDatabaseSaysToCreateIt() {
        String base = db.jdbcUrl().substring(0, db.jdbcUrl().lastIndexOf('/') + 1);
        DatabaseUrl url = new DatabaseUrl(base + "no_such_db_here", db.user(), db.password());
        Connector connector = new Connector(new UrlDataSource(url), 3, Duration.ofMillis(10));

        assertThatThrownBy(connector::open)
                .isInstanceOf(DatabaseException.class)
                .hasMessageContaining("no_such_db_here")
                .hasMessageContaining("Create the database");
    }

    @Test
    void unknownHostSaysToCheckTheHostName() {
        DatabaseUrl url = DatabaseUrl.parse("postgresql://u:SecretPw1@no-such-host.invalid:5432/db", null, null);
        Connector connector = new Connector(new UrlDataSource(url), 0, Duration.ZERO);

        assertThatThrownBy(connector::open)
                .isInstanceOf(DatabaseException.class)
                .hasMessageContaining("no-such-host.invalid:5432/db")
                .hasMessageContaining("unknown host")
                .hasMessageNotContaining("SecretPw1");
    }
}
