package io.migrations.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.migrations.Migrations;
import io.migrations.api.InvalidIndex;
import io.migrations.api.InvalidIndexException;
import io.migrations.catalog.Index;
import io.migrations.internal.script.RevisionFiles;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** A failed CREATE INDEX CONCURRENTLY leaves an INVALID index: it is reported and the revision is not recorded. */
class InvalidIndexTest {

    private static final String UNIQUE_EMAIL = "CREATE UNIQUE INDEX CONCURRENTLY ix_accounts_email ON accounts (email);";
    @RegisterExtension
    static final Fixture fixture = new Fixture();

    @TempDir
    Path dir;
    private RevisionFiles files;
    private final List<String> messages = new ArrayList<>();

    /** A table whose emails are not unique. */
    @BeforeEach
    void duplicateEmails() throws Exception {
        fixture.resetSchema();
        files = new RevisionFiles(dir);
        files.write("a1", "", "CREATE TABLE accounts (id int, email text);\n"
                + "INSERT INTO accounts VALUES (1, 'a@example.com'), (2, 'a@example.com');", "DROP TABLE accounts;");
        migrations().upgrade("head");
    }

    @AfterEach
    void noPasswordShown() {
        fixture.assertNoPassword(messages);
    }

    private Migrations migrations() {
        return Migrations.create(fixture.config(dir).build());
    }

    @Test
    void failedConcurrentIndexIsReportedAndTheRevisionIsNotRecorded() throws Exception {
        files.write("a2", "a1", "-- transactional: false\n", UNIQUE_EMAIL, "DROP INDEX CONCURRENTLY ix_accounts_email;");

        assertThatThrownBy(() -> migrations().upgrade("head"))
                .isInstanceOfSatisfying(InvalidIndexException.class, e -> {
                    messages.add(e.getMessage());
                    assertThat(e.indexes()).containsExactly(new InvalidIndex("public", "ix_accounts_email", "public.accounts",
                            "DROP INDEX CONCURRENTLY public.ix_accounts_email"));
                    assertThat(e.sqlState()).isEqualTo("23505");
                })
                .hasMessageContaining("could not create unique index \"ix_accounts_email\"")
                .hasMessageContaining("left invalid index(es) public.ix_accounts_email on public.accounts")
                .hasMessageContaining("DROP INDEX CONCURRENTLY public.ix_accounts_email;")
                .hasMessageContaining("the version table still says a1");
        assertThat(versions()).containsExactly("a1");
        assertThat(migrations().history()).last().satisfies(h -> {
            assertThat(h.revision()).isEqualTo("a2");
            assertThat(h.success()).isFalse();
            assertThat(h.error()).contains("could not create unique index");
        });

        assertThatThrownBy(() -> migrations().upgrade("head"))
                .as("running again without fixing names the leftover index")
                .isInstanceOf(InvalidIndexException.class)
                .hasMessageContaining("already exists")
                .hasMessageContaining("DROP INDEX CONCURRENTLY public.ix_accounts_email;");

        fixture.sql("DROP INDEX CONCURRENTLY public.ix_accounts_email");
        fixture.sql("DELETE FROM accounts WHERE id = 2");
        migrations().upgrade("head");
        assertThat(versions()).containsExactly("a2");
        assertThat(invalidIndexes()).isEmpty();
    }

    @Test
    void ifNotExistsOverAnInvalidIndexSucceedsInPostgresButFailsHere() throws Exception {
        leaveInvalidIndex(UNIQUE_EMAIL);
        fixture.sql("DELETE FROM accounts WHERE id = 2");
        files.write("a2", "a1", "-- transactional: false\n",
                "CREATE UNIQUE INDEX CONCURRENTLY IF NOT EXISTS ix_accounts_email ON accounts (email);",
                "DROP INDEX CONCURRENTLY ix_accounts_email;");

        assertThatThrownBy(() -> migrations().upgrade("head"))
                .isInstanceOfSatisfying(InvalidIndexException.class, e -> {
                    messages.add(e.getMessage());
                    assertThat(e.sqlState()).isNull();
                    assertThat(e.indexes()).extracting(InvalidIndex::name).containsExactly("ix_accounts_email");
                })
                .hasMessageStartingWith("Upgrade of revision a2 (")
                .hasMessageContaining("failed: it left invalid indexes behind")
                .hasMessageContaining("statements 1-1 of 1 ran and stay applied");
        assertThat(versions()).containsExactly("a1");
    }

    @Test
    void invalidIndexTheRevisionDoesNotTouchDoesNotStopIt() throws Exception {
        leaveInvalidIndex("CREATE UNIQUE INDEX CONCURRENTLY ix_leftover ON accounts (email);");
        files.write("a2", "a1", "-- transactional: false\n", "CREATE INDEX CONCURRENTLY ix_accounts_id ON accounts (id);",
                "DROP INDEX CONCURRENTLY ix_accounts_id;");

        migrations().upgrade("head");

        assertThat(versions()).containsExactly("a2");
        assertThat(invalidIndexes()).containsExactly("ix_leftover");
    }

    /**
     * Another session's concurrent build that starts while the revision's own build waits (as the tenants of a fleet
     * do side by side) is invalid until it ends, and is not what the revision left behind.
     */
    @Test
    void anIndexAnotherSessionIsStillBuildingIsNotWhatTheRevisionLeft() throws Exception {
        fixture.sql("CREATE TABLE other (id int)");
        files.write("a2", "a1", "-- transactional: false\n", "CREATE INDEX CONCURRENTLY ix_accounts_id ON accounts (id);",
                "DROP INDEX CONCURRENTLY ix_accounts_id;");
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try (Connection accountsWriter = openTransactionWriting("accounts");
             Connection otherWriter = fixture.connect(); Connection builder = fixture.connect()) {
            // A concurrent build waits for the open transactions that wrote to its table, its index invalid meanwhile.
            Future<?> upgrade = threads.submit(() -> migrations().upgrade("head"));
            awaitInvalid("ix_accounts_id");
            otherWriter.setAutoCommit(false);
            otherWriter.createStatement().execute("INSERT INTO other VALUES (1)");
            Future<?> otherBuild = threads.submit(() -> builder.createStatement()
                    .execute("CREATE INDEX CONCURRENTLY ix_other_id ON other (id)"));
            awaitInvalid("ix_other_id");

            accountsWriter.commit();
            upgrade.get(30, TimeUnit.SECONDS);

            assertThat(versions()).containsExactly("a2");
            assertThat(otherBuild).as("the other build was still running when the revision ended").isNotDone();
            otherWriter.commit();
            otherBuild.get(30, TimeUnit.SECONDS);
        } finally {
            threads.shutdownNow();
        }
        assertThat(invalidIndexes()).isEmpty();
    }

    private Connection openTransactionWriting(String table) throws SQLException {
        Connection connection = fixture.connect();
        connection.setAutoCommit(false);
        try (Statement statement = connection.createStatement()) {
            statement.execute("INSERT INTO " + table + " (id) VALUES (100)");
        }
        return connection;
    }

    private void awaitInvalid(String index) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (!invalidIndexes().contains(index)) {
            assertThat(System.nanoTime()).as("index " + index + " being built within 30 s").isLessThan(deadline);
            Thread.sleep(20);
        }
    }

    private void leaveInvalidIndex(String createIndex) {
        assertThatThrownBy(() -> fixture.sql(createIndex)).isInstanceOf(SQLException.class);
    }

    private List<String> versions() throws SQLException {
        return fixture.query("SELECT version_num FROM alembic_version");
    }

    private List<String> invalidIndexes() {
        return fixture.indexes(Index.Validity.INVALID);
    }
}
