package io.migrations.benchmarks;

import io.migrations.testdb.TestDatabase;
import io.migrations.testdb.TestServer;
import java.util.LinkedHashSet;
import java.util.Set;

/** Creates the run's fresh databases and drops every one still there on {@link #close()}, also after a failure. */
final class Databases implements AutoCloseable {

    private final TestServer server;
    private final Set<TestDatabase> open = new LinkedHashSet<>();

    Databases(TestServer server) {
        this.server = server;
    }

    /** A new, empty database whose name starts with {@code prefix}. */
    TestDatabase create(String prefix) {
        TestDatabase db = server.createDatabase(prefix);
        open.add(db);
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
