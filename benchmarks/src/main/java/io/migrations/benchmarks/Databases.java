package io.migrations.benchmarks;

import io.migrations.testdb.TestDatabase;
import io.migrations.testdb.TestServer;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Creates the run's fresh databases and drops every one still there on {@link #close()}, also after a failure.
 *
 * <p>Commits on these databases return before the WAL is flushed ({@code synchronous_commit = off}, for these
 * databases only). Every tool commits once per revision, so a flush would add the same few milliseconds of disk
 * latency per revision to each of them; without it the run fits in its time budget and the times show what the
 * tools themselves cost. docs/benchmarks.md gives the numbers with flushed commits too.
 */
final class Databases implements AutoCloseable {

    private final TestServer server;
    private final Set<TestDatabase> open = new LinkedHashSet<>();

    Databases(TestServer server) {
        this.server = server;
    }

    /** A new, empty database whose name starts with {@code prefix}. */
    TestDatabase create(String prefix) throws SQLException {
        TestDatabase db = server.createDatabase(prefix);
        open.add(db);
        try (Connection connection = db.connect(); Statement statement = connection.createStatement()) {
            statement.execute("ALTER DATABASE " + db.name() + " SET synchronous_commit = off");
        }
        return db;
    }

    /** Drops {@code db} now. */
    void drop(TestDatabase db) {
        open.remove(db);
        db.close();
    }

    @Override
    public void close() {
        open.forEach(TestDatabase::close);
        open.clear();
    }
}
