package io.migrations.internal.connect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.migrations.api.ConnectionException;
import io.migrations.api.DatabaseException;
import io.migrations.testdb.FakeServer;
import io.migrations.testdb.TestDatabase;
import io.migrations.testdb.TestServers;
import java.net.ServerSocket;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ConnectorTest {

    /** Fails a test that hangs instead of letting it hold up the build; the waits under test are far shorter. */
    private static final Duration HANG_GUARD = Duration.ofSeconds(60);

    private static TestDatabase db;

    @BeforeAll
    static void createDatabase() {
        db = TestServers.find().createDatabase("ConnectorTest");
    }

    @AfterAll
    static void dropDatabase() {
        db.close();
    }

    private static Connector connector(UrlDataSource dataSource, int retries) {
        return new Connector(dataSource, new Backoff(retries, Duration.ofMillis(10)), Duration.ofSeconds(30));
    }

    @Test
    void opensAConnection() throws Exception {
        Connector connector = connector(new UrlDataSource(new DatabaseUrl(db.jdbcUrl(), db.user(), db.password())), 0);

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
        Connector connector = connector(new UrlDataSource(url), 2);

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
        Connector connector = connector(new UrlDataSource(url), 3);

        assertThatThrownBy(connector::open)
                .isInstanceOf(DatabaseException.class)
                .hasMessageContaining("no_such_db_here")
                .hasMessageContaining("Create the database");
    }

    @Test
    void unknownHostSaysToCheckTheHostName() {
        DatabaseUrl url = DatabaseUrl.parse("postgresql://u:SecretPw1@no-such-host.invalid:5432/db", null, null);
        Connector connector = connector(new UrlDataSource(url), 0);

        assertThatThrownBy(connector::open)
                .isInstanceOf(DatabaseException.class)
                .hasMessageContaining("no-such-host.invalid:5432/db")
                .hasMessageContaining("unknown host")
                .hasMessageNotContaining("SecretPw1");
    }

    @Test
    void aServerThatNeverAnswersIsGivenUpAfterTheConnectTimeout() {
        try (FakeServer silent = FakeServer.start(FakeServer.Behaviour.SILENT)) {
            DatabaseUrl url = DatabaseUrl.parse("postgresql://app:NotShown99@" + silent.hostAndPort() + "/shop", null, null);
            Connector connector = new Connector(new UrlDataSource(url), Backoff.NONE, Duration.ofSeconds(1));

            ConnectionException failure = assertTimeoutPreemptively(HANG_GUARD,
                    () -> catchThrowableOfType(ConnectionException.class, connector::open));
            assertThat(failure.reason()).isEqualTo(ConnectionException.Reason.TIMED_OUT);
            assertThat(failure).hasMessageStartingWith("Cannot connect to " + silent.hostAndPort() + "/shop: no answer after ")
                    .hasMessageContaining("stuck proxy or pooler").hasMessageContaining("raise the connect timeout")
                    .hasMessageNotContaining("NotShown99");
            assertThat(silent.accepted()).isEqualTo(1);
        }
    }

    @Test
    void theUrlsConnectTimeoutBoundsTheLoginToo() {
        try (FakeServer silent = FakeServer.start(FakeServer.Behaviour.SILENT)) {
            DatabaseUrl url = DatabaseUrl.parse("postgresql://app@" + silent.hostAndPort() + "/shop?connect_timeout=1", null, null);
            Connector connector = new Connector(new UrlDataSource(url), Backoff.NONE, Duration.ofMinutes(10));

            ConnectionException failure = assertTimeoutPreemptively(HANG_GUARD,
                    () -> catchThrowableOfType(ConnectionException.class, connector::open));
            assertThat(failure.reason()).isEqualTo(ConnectionException.Reason.TIMED_OUT);
            assertThat(failure).hasMessageContaining(": no answer after ");
        }
    }

    @Test
    void anInterruptEndsTheWaitAtOnce() throws Exception {
        try (FakeServer silent = FakeServer.start(FakeServer.Behaviour.SILENT)) {
            DatabaseUrl url = DatabaseUrl.parse("postgresql://app@" + silent.hostAndPort() + "/shop", null, null);
            Connector connector = new Connector(new UrlDataSource(url), Backoff.NONE, Duration.ofMinutes(10));
            CompletableFuture<Throwable> outcome = new CompletableFuture<>();
            Thread waiting = new Thread(() -> outcome.complete(catchThrowable(connector::open)));
            waiting.start();
            while (silent.accepted() == 0) {
                Thread.sleep(10);
            }
            waiting.interrupt();

            Throwable failure = outcome.get(HANG_GUARD.toSeconds(), TimeUnit.SECONDS);
            assertThat(failure).isInstanceOf(ConnectionException.class).hasMessageEndingWith("interrupted while connecting.");
            assertThat(((ConnectionException) failure).reason()).isEqualTo(ConnectionException.Reason.INTERRUPTED);
        }
    }

    @Test
    void aMissingPasswordWhereTheServerAsksForOneSaysSo() {
        try (FakeServer scram = FakeServer.start(FakeServer.Behaviour.DECLINES_SSL_ASKS_FOR_SCRAM)) {
            DatabaseUrl url = DatabaseUrl.parse("postgresql://app@" + scram.hostAndPort() + "/shop", null, null);

            ConnectionException failure = catchThrowableOfType(ConnectionException.class,
                    () -> connector(new UrlDataSource(url), 2).open());
            assertThat(failure.reason()).isEqualTo(ConnectionException.Reason.PASSWORD_REQUIRED);
            assertThat(failure).hasMessageContaining("requires a password for this user and none was given")
                    .hasMessageNotContaining("Is the database running");
            assertThat(scram.accepted()).as("not retried").isEqualTo(1);
        }
    }

    @Test
    void requiredSslAgainstAServerWithoutItSaysSo() {
        try (FakeServer noSsl = FakeServer.start(FakeServer.Behaviour.DECLINES_SSL_ASKS_FOR_SCRAM)) {
            DatabaseUrl url = DatabaseUrl.parse("postgresql://app:pw@" + noSsl.hostAndPort() + "/shop?sslmode=require",
                    null, null);

            ConnectionException failure = catchThrowableOfType(ConnectionException.class,
                    () -> connector(new UrlDataSource(url), 0).open());
            assertThat(failure.reason()).isEqualTo(ConnectionException.Reason.SSL_UNSUPPORTED);
            assertThat(failure).hasMessageContaining("requires SSL").hasMessageContaining("sslmode=prefer")
                    .hasMessageNotContaining("Is the database running");
        }
    }

    @Test
    void aLoginRunsOnAThreadOfItsOwnAndABorrowFromALendingDataSourceOnTheCallers() throws Exception {
        UrlDataSource logins = new UrlDataSource(new DatabaseUrl(db.jdbcUrl(), db.user(), db.password()));
        Recording plain = new Recording(logins);
        Recording lending = new LendingRecording(logins);

        Duration timeout = Duration.ofSeconds(30);
        try (Connection a = new Connector(plain, new Backoff(0, Duration.ZERO), timeout).open();
             Connection b = new Connector(lending, new Backoff(0, Duration.ZERO), timeout).open()) {
            assertThat(a.isValid(2)).isTrue();
            assertThat(b.isValid(2)).isTrue();
        }
        assertThat(plain.openedOn).isEqualTo("migrations-connect");
        assertThat(lending.openedOn).isEqualTo(Thread.currentThread().getName());
    }

    /** Connections of another data source, noting the thread the last one was asked for on. */
    private static class Recording extends DataSourceBase {

        private final DataSource logins;
        volatile String openedOn;

        Recording(DataSource logins) {
            this.logins = logins;
        }

        @Override
        public Connection getConnection() throws SQLException {
            openedOn = Thread.currentThread().getName();
            return logins.getConnection();
        }

        @Override
        public Connection getConnection(String user, String password) {
            throw new UnsupportedOperationException();
        }
    }

    private static final class LendingRecording extends Recording implements LendingDataSource {

        LendingRecording(DataSource logins) {
            super(logins);
        }
    }
}
