package io.migrations.cli;

import io.migrations.testdb.TestDatabase;
import io.migrations.testdb.TestServers;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * One fresh PostgreSQL database for a test class, emptied before each test and dropped after the class.
 * Register it as a static field: {@code @RegisterExtension static final DatabaseExtension DB = new DatabaseExtension();}
 */
final class DatabaseExtension implements BeforeAllCallback, BeforeEachCallback, AfterAllCallback {

    private TestDatabase database;

    @Override
    public void beforeAll(ExtensionContext context) {
        database = TestServers.find().createDatabase(context.getRequiredTestClass().getSimpleName());
    }

    @Override
    public void beforeEach(ExtensionContext context) throws Exception {
        Databases.reset(database);
    }

    @Override
    public void afterAll(ExtensionContext context) {
        database.close();
    }

    /** The database of the running test class. */
    TestDatabase get() {
        return database;
    }
}
