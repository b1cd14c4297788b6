package io.migrations.internal.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.migrations.Migrations;
import io.migrations.MigrationsConfig;
import io.migrations.api.HistoryEntry;
import io.migrations.api.MigrationResult;
import io.migrations.api.RecordedState;
import io.migrations.internal.connect.DataSourceBase;
import io.migrations.internal.fleet.FleetVersions;
import io.migrations.internal.script.RevisionFiles;
import io.migrations.testdb.FreshDatabase;
import io.migrations.testdb.TestDatabase;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a run costs in statements and connections, which is what it costs on a server a few milliseconds away, and a
 * thousand times over in a fleet: the bookkeeping tables are looked up once per connection and once more under the
 * lock, never before each read, and the connection that watches for blocking sessions is opened only for a statement
 * that outlasts a sample.
 */
class RoundTripsTest {

    @RegisterExtension
    static final FreshDatabase DB = new FreshDatabase();

    private final TestDatabase db = DB.get();

    @TempDir
    Path dir;
    private Counting counting;

    @BeforeEach
    void twoRevisions() {
        RevisionFiles files = new RevisionFiles(dir);
        files.write("aaa111", "", "CREATE TABLE a (id integer);", "DROP TABLE a;");
        files.write("bbb222", "aaa111", "CREATE TABLE b (id integer);", "DROP TABLE b;");
        counting = new Counting(db.dataSource());
    }

    private Migrations migrations(DataSource dataSource) {
        return Migrations.create(MigrationsConfig.builder().dataSource(dataSource).locations("filesystem:" + dir)
                .build());
    }

    @Test
    void aRunWithNothingToDoSendsFourQueriesOnOneConnection() {
        migrations(db.dataSource()).upgrade("heads");

        migrations(counting).upgrade("heads");

        // The tables and their columns, the version rows, the applied checksums, the last history row.
        assertThat(counting.statements).as("statements sent: %s", counting.statements).hasSize(4);
        assertThat(counting.connections).hasValue(1);
    }

    @Test
    void aRunThatAppliesLooksForTheTablesOnceBeforeTheLockAndOnceUnderIt() {
        migrations(counting).upgrade("heads");

        List<String> lookups = counting.statements.stream().filter(sql -> sql.contains("pg_catalog.pg_class")).toList();
        assertThat(lookups).as("catalog look-ups among %s", counting.statements).hasSize(2);
        // The work and the lock's connection; the watch had no statement long enough to look at.
        assertThat(counting.connections).hasValue(2);
        assertThat(migrations(db.dataSource()).history()).extracting(HistoryEntry::revision)
                .containsExactly("aaa111", "bbb222");
    }

    @Test
    void eachTransactionalRevisionIsOneRoundTripWithItsCommit() {
        migrations(counting).upgrade("aaa111");
        migrations(counting).upgrade("heads");

        // The two bookkeeping tables in one batch, then each revision's statements, rows and commit in one.
        assertThat(counting.batches).hasValue(3);
        assertThat(counting.commits).as("commits apart from the batches").hasValue(0);
        assertThat(migrations(db.dataSource()).history()).extracting(HistoryEntry::success).containsExactly(true, true);
    }

    @Test
    void consecutiveRevisionsTravelInOneRoundTripEachInATransactionOfItsOwn() throws SQLException {
        migrations(counting).upgrade("heads");

        // The two bookkeeping tables in one batch, then both revisions, each with its rows and commit, in one.
        assertThat(counting.batches).hasValue(2);
        assertThat(counting.commits).as("commits apart from the batches").hasValue(0);
        assertThat(db.strings("SELECT count(DISTINCT xmin::text) FROM migrations_history")).containsExactly("2");
        // The durations the log and the listener get are those the database measured, read back in one query.
        assertThat(counting.statements.stream().filter(sql -> sql.contains("SELECT duration_ms FROM"))).hasSize(1);
        // The session is read once for the run: search_path, PL/pgSQL, and the process the blocker watch would watch.
        assertThat(counting.statements.stream().filter(sql -> sql.contains("current_setting('search_path')")))
                .singleElement().asString().contains("pg_backend_pid()");
        // The others are the pooler check's: the work connection's process, the lock's, the work's again.
        assertThat(counting.statements.stream().filter(sql -> sql.equals("SELECT pg_backend_pid()"))).hasSize(3);
        assertThat(migrations(db.dataSource()).history()).extracting(HistoryEntry::success).containsExactly(true, true);
    }

    /**
     * A commit that fails among revisions sent together (a deferred constraint) fails its own revision only, and its
     * failure row does not count the time of the revisions that ran before it in the batch.
     */
    @Test
    void aCommitThatFailsAmongRevisionsSentTogetherFailsItsRevisionAlone() throws SQLException {
        RevisionFiles files = new RevisionFiles(dir);
        files.write("ccc333", "bbb222", "DO $$ BEGIN PERFORM pg_sleep(1); END $$;\nCREATE TABLE parent (id integer PRIMARY KEY);\n"
                + "CREATE TABLE child (parent_id integer REFERENCES parent DEFERRABLE INITIALLY DEFERRED);",
                "DROP TABLE child, parent;");
        files.write("ddd444", "ccc333", "INSERT INTO child VALUES (1);", "DELETE FROM child;");
        files.write("eee555", "ddd444", "CREATE TABLE e (id integer);", "DROP TABLE e;");

        assertThatThrownBy(() -> migrations(counting).upgrade("heads"))
                .hasMessageStartingWith("Upgrade of revision ddd444")
                .hasMessageContaining("child_parent_id_fkey")
                .hasMessageContaining("stays at ccc333");

        assertThat(counting.batches).as("the tables, then aaa111 to eee555 together").hasValue(2);
        assertThat(db.strings("SELECT version_num FROM alembic_version")).containsExactly("ccc333");
        assertThat(db.strings("SELECT count(*) FROM pg_class WHERE relname = 'e'")).containsExactly("0");
        assertThat(migrations(db.dataSource()).history()).extracting(h -> h.revision() + " " + h.success())
                .containsExactly("aaa111 true", "bbb222 true", "ccc333 true", "ddd444 false");
        assertThat(migrations(db.dataSource()).history()).filteredOn(h -> h.revision().equals("ccc333"))
                .singleElement().satisfies(h -> assertThat(h.durationMs()).isGreaterThanOrEqualTo(1000));
        assertThat(migrations(db.dataSource()).history()).filteredOn(h -> h.revision().equals("ddd444"))
                .singleElement().satisfies(h -> assertThat(h.durationMs()).as("ccc333's second not counted")
                        .isLessThan(1000));
    }

    /**
     * In pgjdbc's simple query mode each statement of a batch is a query of its own, which the server runs even after
     * an earlier one failed: revisions go one at a time there, and a failure still stops the run.
     */
    @Test
    void inTheSimpleQueryModeRevisionsGoOneAtATime() throws SQLException {
        new RevisionFiles(dir).write("ccc333", "bbb222", "INSERT INTO nowhere VALUES (1);", "");
        new RevisionFiles(dir).write("ddd444", "ccc333", "CREATE TABLE d (id integer);", "DROP TABLE d;");
        Counting counting = new Counting(new DataSourceBase() {
            @Override
            public Connection getConnection() throws SQLException {
                Properties properties = new Properties();
                properties.setProperty("user", db.user());
                properties.setProperty("password", db.password());
                properties.setProperty("preferQueryMode", "simple");
                return DriverManager.getConnection(db.jdbcUrl(), properties);
            }

            @Override
            public Connection getConnection(String username, String password) throws SQLException {
                return getConnection();
            }
        });

        assertThatThrownBy(() -> migrations(counting).upgrade("heads")).hasMessageContaining("nowhere");

        // The tables, then aaa111, bbb222 and ccc333 each on its own.
        assertThat(counting.batches).hasValue(4);
        assertThat(db.strings("SELECT version_num FROM alembic_version")).containsExactly("bbb222");
        assertThat(db.strings("SELECT relname FROM pg_class WHERE relname IN ('a', 'b', 'd') ORDER BY 1"))
                .containsExactly("a", "b");
    }

    /** Two branches: a chain follows one branch, since a revision's version row must be the one before it wrote. */
    @Test
    void aChainEndsWhereTheNextRevisionDoesNotBuildOnTheLast() {
        new RevisionFiles(dir).write("ccc333", "", "CREATE TABLE c (id integer);", "DROP TABLE c;");
        new RevisionFiles(dir).write("ddd444", "ccc333", "CREATE TABLE d (id integer);", "DROP TABLE d;");

        MigrationResult result = migrations(counting).upgrade("heads");

        assertThat(result.steps()).hasSize(4);
        // The tables, then one chain per branch.
        assertThat(counting.batches).hasValue(3);
        assertThat(result.headsAfter()).containsExactlyInAnyOrder("bbb222", "ddd444");
    }

    @Test
    void aRunWhoseTablesAppearAfterItsFirstLookFindsThemUnderTheLock() throws SQLException {
        // Another run migrates to aaa111 right after this one's lock-free look found no tables, before its lock.
        counting.afterFirstStatement(() -> migrations(db.dataSource()).upgrade("aaa111"));

        migrations(counting).upgrade("heads");

        assertThat(db.strings("SELECT version_num FROM alembic_version")).containsExactly("bbb222");
        assertThat(migrations(db.dataSource()).history()).extracting(HistoryEntry::revision)
                .containsExactly("aaa111", "bbb222");
    }

    @Test
    void aNewDatabaseGetsBothBookkeepingTablesOrNeither() throws SQLException {
        // An index has taken the history table's name: the look finds no such table, and creating it fails.
        db.execute("CREATE TABLE other (id integer)");
        db.execute("CREATE INDEX migrations_history ON other (id)");

        assertThatThrownBy(() -> migrations(db.dataSource()).upgrade("heads"))
                .hasMessageContaining("\"migrations_history\" already exists");

        assertThat(db.strings("SELECT relname FROM pg_class WHERE relname IN ('alembic_version', 'a')"))
                .as("the version table was created in the same round trip, and rolled back with it").isEmpty();
    }

    /**
     * A fleet reads every schema's tables together first; a schema with work then starts from that read instead of a
     * look of its own: four statements fewer, and the one catalog look-up is the one under the lock.
     */
    @Test
    void aRunGivenWhatTheTablesRecordedLooksOnlyUnderTheLock() throws SQLException {
        db.execute("CREATE SCHEMA looked; CREATE SCHEMA given");
        try {
            migrations(inSchema("looked"), "looked").upgrade("aaa111");
            migrations(inSchema("given"), "given").upgrade("aaa111");
            RecordedState recorded = recorded("given");
            Counting looked = new Counting(inSchema("looked"));
            Counting given = new Counting(inSchema("given"));

            migrations(looked, "looked").upgrade("heads");
            migrations(given, "given").upgrade("heads", recorded);

            assertThat(given.statements).as("statements sent: %s", given.statements)
                    .hasSize(looked.statements.size() - 4);
            assertThat(given.statements.stream().filter(sql -> sql.contains("pg_catalog.pg_class"))).hasSize(1);
            assertThat(db.strings("SELECT version_num FROM given.alembic_version")).containsExactly("bbb222");
            assertThat(db.strings("SELECT count(*) FROM pg_tables WHERE schemaname = 'given'")).containsExactly("4");
            assertThat(migrations(inSchema("given"), "given").history()).extracting(HistoryEntry::revision)
                    .containsExactly("aaa111", "bbb222");
        } finally {
            db.execute("DROP SCHEMA looked CASCADE; DROP SCHEMA given CASCADE");
        }
    }

    /** A read that another run has overtaken before the lock: the run finds out under the lock, and applies nothing twice. */
    @Test
    void aRunGivenAStaleRecordedStateRunsFromWhatItReadsUnderTheLock() throws SQLException {
        db.execute("CREATE SCHEMA stale");
        try {
            Migrations stale = migrations(inSchema("stale"), "stale");
            stale.upgrade("aaa111");
            RecordedState recorded = recorded("stale");
            stale.upgrade("heads");

            MigrationResult result = stale.upgrade("heads", recorded);

            assertThat(result.steps()).isEmpty();
            assertThat(result.headsAfter()).containsExactly("bbb222");
            assertThat(stale.history()).extracting(HistoryEntry::revision).containsExactly("aaa111", "bbb222");
        } finally {
            db.execute("DROP SCHEMA stale CASCADE");
        }
    }

    private Migrations migrations(DataSource dataSource, String schema) {
        return Migrations.create(MigrationsConfig.builder().dataSource(dataSource).schema(schema)
                .locations("filesystem:" + dir).build());
    }

    /** Connections with {@code schema} alone on the search path, as a fleet's pool lends them. */
    private DataSource inSchema(String schema) {
        DataSource real = db.dataSource();
        return new DataSourceBase() {
            @Override
            public Connection getConnection() throws SQLException {
                Connection connection = real.getConnection();
                try (Statement statement = connection.createStatement()) {
                    statement.execute("SET search_path TO " + schema);
                }
                return connection;
            }

            @Override
            public Connection getConnection(String username, String password) throws SQLException {
                return getConnection();
            }
        };
    }

    private RecordedState recorded(String schema) throws SQLException {
        try (Connection connection = db.connect()) {
            return FleetVersions.read(connection, List.of(schema), "alembic_version", "migrations_history").get(schema);
        }
    }

    /** A data source whose connections record every statement they send. */
    private static final class Counting extends DataSourceBase {

        final List<String> statements = new CopyOnWriteArrayList<>();
        final AtomicInteger connections = new AtomicInteger();
        final AtomicInteger batches = new AtomicInteger();
        final AtomicInteger commits = new AtomicInteger();
        private final DataSource real;
        private Runnable afterFirst = () -> { };

        Counting(DataSource real) {
            this.real = real;
        }

        /** Runs {@code action} once the first statement has been sent. */
        void afterFirstStatement(Runnable action) {
            afterFirst = action;
        }

        private Object sent(String sql, Method method, Object target, Object[] args)
                throws Throwable {
            if (!method.getName().startsWith("execute")) {
                return invoke(method, target, args);
            }
            statements.add(sql);
            Object result = invoke(method, target, args);
            if (statements.size() == 1) {
                afterFirst.run();
            }
            return result;
        }

        @Override
        public Connection getConnection() throws SQLException {
            connections.incrementAndGet();
            Connection connection = real.getConnection();
            return proxy(Connection.class, connection, (proxy, method, args) -> {
                if (method.getName().equals("commit")) {
                    commits.incrementAndGet();
                }
                Object result = invoke(method, connection, args);
                if (result instanceof PreparedStatement prepared) {
                    String sql = (String) args[0];
                    return proxy(PreparedStatement.class, prepared, (p, m, a) -> sent(sql, m, prepared, a));
                }
                if (result instanceof Statement statement) {
                    return proxy(Statement.class, statement, (p, m, a) -> {
                        if (m.getName().equals("executeBatch")) {
                            batches.incrementAndGet();
                        }
                        return a != null && a.length > 0 && a[0] instanceof String sql ? sent(sql, m, statement, a)
                                : invoke(m, statement, a);
                    });
                }
                return result;
            });
        }

        @Override
        public Connection getConnection(String username, String password) throws SQLException {
            return getConnection();
        }

        private static <T> T proxy(Class<T> type, T target, InvocationHandler handler) {
            return type.cast(Proxy.newProxyInstance(RoundTripsTest.class.getClassLoader(), new Class<?>[] {type},
                    handler));
        }

        private static Object invoke(Method method, Object target, Object[] args) throws Throwable {
            try {
                return method.invoke(target, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        }
    }
}
