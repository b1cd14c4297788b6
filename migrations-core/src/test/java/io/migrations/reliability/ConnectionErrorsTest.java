package io.migrations.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import io.migrations.Migrations;
import io.migrations.api.MigrationResult;
import io.migrations.internal.connect.DatabaseUrl;
import io.migrations.internal.connect.UrlDataSource;
import io.migrations.internal.script.RevisionFiles;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Unreachable databases and refused logins: one line naming host:port/database and the likely fix,
 * exit code 1, never the password, in whatever form the URL carries it.
 */
class ConnectionErrorsTest {

    private static final int DATABASE_ERROR = 1;
    @RegisterExtension
    static final Fixture fixture = new Fixture();

    @TempDir
    Path dir;
    private String host;
    private int port;
    private String database;

    @BeforeEach
    void revisions() {
        new RevisionFiles(dir).write("a1", "", "CREATE TABLE a (id int);", "DROP TABLE a;");
        URI uri = URI.create(fixture.jdbcUrl().substring("jdbc:".length()));
        host = uri.getHost();
        port = uri.getPort() < 0 ? 5432 : uri.getPort();
        database = uri.getPath().substring(1);
    }

    /** Runs {@code upgrade head} against {@code url} and returns the error output after checking exit code and password. */
    private String failingRun(String url, String... more) {
        List<String> args = new ArrayList<>(List.of("--url", url, "--dir", dir.toString()));
        args.addAll(List.of(more));
        args.addAll(List.of("upgrade", "head"));
        CommandOutcome outcome = CommandOutcome.run(fixture, args);
        String error = outcome.err();
        assertThat(outcome.exit()).as(error).isEqualTo(DATABASE_ERROR);
        assertThat(error.strip()).as("one line").doesNotContain("\n").startsWith("error: Cannot connect to ");
        return error;
    }

    private String url(String userInfo, String hostAndPort, String db) {
        return "postgresql://" + userInfo + "@" + hostAndPort + "/" + db;
    }

    @Test
    void refusedConnectionInEveryUrlForm() throws Exception {
        int closed = TcpProxy.freePort();
        String where = "127.0.0.1:" + closed + "/shop";
        for (String error : List.of(
                failingRun(url(fixture.user() + ":" + fixture.password(), "127.0.0.1:" + closed, "shop")),
                failingRun("jdbc:postgresql://" + where + "?user=" + fixture.user() + "&password=" + fixture.password()),
                failingRun("jdbc:postgresql://" + where, "--user", fixture.user(), "--password", fixture.password()))) {
            assertThat(error).contains("Cannot connect to " + where + ": ").contains("Is the database running and reachable")
                    .doesNotContain("..");
        }
        assertThat(failingRun(url(fixture.user() + ":" + fixture.password(), "127.0.0.1:" + closed, "shop"),
                "--connect-retries", "2")).contains("(gave up after 3 attempts)");
    }

    /** No driver takes the URL: nothing to wait for, so no retry, and no talk of a server that is down. */
    @Test
    void aUrlNoDriverTakesIsSaidSoAndNotRetried() {
        String error = failingRun("jdbc:nosuchdb://127.0.0.1:5432/shop", "--connect-retries", "2");

        assertThat(error).contains("No suitable driver found for jdbc:nosuchdb://127.0.0.1:5432/shop")
                .contains("No JDBC driver on the class path takes this URL: check its prefix (jdbc:postgresql://…, "
                        + "postgresql://…), or add the driver of its database.")
                .doesNotContain("Is the database running").doesNotContain("gave up after");
    }

    @Test
    void unknownHost() {
        assertThat(failingRun(url(fixture.user() + ":" + fixture.password(), "no-such-host.invalid:5432", "shop")))
                .contains("Cannot connect to no-such-host.invalid:5432/shop: unknown host")
                .contains("Check the host name");
    }

    @Test
    void unknownDatabase() {
        assertThat(failingRun(url(fixture.user() + ":" + fixture.password(), host + ":" + port, "no_such_db")))
                .contains("Cannot connect to " + host + ":" + port + "/no_such_db: ")
                .contains("\"no_such_db\" does not exist")
                .contains("Create the database or fix its name");
    }

    @Test
    void unknownUser() {
        assertThat(failingRun(url("nobody_here:" + fixture.password(), host + ":" + port, database)))
                .contains("Cannot connect to " + host + ":" + port + "/" + database + ": ")
                .contains("nobody_here")
                .contains("Check the user name and password");
    }

    @Test
    void userThatMayNotLogIn() throws Exception {
        fixture.sql("CREATE ROLE no_login_" + database + " NOLOGIN PASSWORD '" + fixture.password() + "'");
        try {
            assertThat(failingRun(url("no_login_" + database + ":" + fixture.password(), host + ":" + port, database)))
                    .contains("not permitted to log in")
                    .contains("Check the user name and password");
        } finally {
            fixture.sql("DROP ROLE no_login_" + database);
        }
    }

    @Test
    void connectRetriesReachADatabaseThatStartsLater() throws Exception {
        int later = TcpProxy.freePort();
        DatabaseUrl url = DatabaseUrl.parse("jdbc:postgresql://127.0.0.1:" + later + "/" + database, fixture.user(),
                fixture.password());
        Migrations migrations = Migrations.create(fixture.config(dir).dataSource(new UrlDataSource(url))
                .connectRetries(20).connectRetryDelay(Duration.ofMillis(50)).build());

        try (LogCapture logs = LogCapture.start()) {
            CompletableFuture<MigrationResult> run = CompletableFuture.supplyAsync(() -> migrations.upgrade("head"));
            String retry = logs.await(l -> l.contains("Connection attempt 1 of 21 failed"), Duration.ofSeconds(30));
            assertThat(retry).contains("Cannot connect to 127.0.0.1:" + later + "/" + database).contains("retrying in 50 ms");
            try (TcpProxy ignored = TcpProxy.start(later, host, port)) {
                assertThat(run.get(60, TimeUnit.SECONDS).steps()).hasSize(1);
            }
            fixture.assertNoPassword(logs.lines());
        }
        assertThat(fixture.query("SELECT version_num FROM alembic_version")).containsExactly("a1");
    }
}
