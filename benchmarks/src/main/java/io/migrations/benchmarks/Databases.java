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
 * <p>Unless commits are to be durable, commits on these databases return before the WAL is flushed
 * ({@code synchronous_commit = off}, for these databases only). Every tool commits at least once per revision, so
 * a flush adds a few milliseconds of disk latency per commit to each of them; without it the full run fits in its
 * time budget and the times show what the tools themselves cost. The README's Benchmarks section gives both.
 */
final class Databases implements AutoCloseable {

    private final TestServer server;
    private final boolean durableCommits;
    private final Set<TestDatabase> open = new LinkedHashSet<>();

    /**
     * @param server         where to create the databases
     * @param durableCommits keep the server's {@code synchronous_commit} instead of turning it off
     */
    Databases(TestServer server, boolean durableCommits) {
        this.server = server;
        this.durableCommits = durableCommits;
    }

    /** A new, empty database whose name starts with {@code prefix}. */
    TestDatabase create(String prefix) throws SQLException {
        TestDatabase db = server.createDatabase(prefix);
        open.add(db);
        if (durableCommits) {
            return db;
        }
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
