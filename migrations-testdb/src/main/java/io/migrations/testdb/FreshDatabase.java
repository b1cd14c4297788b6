package io.migrations.testdb;

import java.sql.SQLException;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A JUnit extension giving a test class its own database, found by {@link TestServers#find()}, with the
 * {@code public} schema emptied before each test and the database dropped after the class. Register it as a static
 * field: {@code @RegisterExtension static final FreshDatabase DB = new FreshDatabase();}
 */
public final class FreshDatabase implements BeforeAllCallback, BeforeEachCallback, AfterAllCallback {

    private TestDatabase database;

    @Override
    public void beforeAll(ExtensionContext context) {
        database = TestServers.find().createDatabase(context.getRequiredTestClass().getSimpleName());
    }

    @Override
    public void beforeEach(ExtensionContext context) throws SQLException {
        database.resetPublicSchema();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        database.close();
    }

    /** The database of the running test class. */
    public TestDatabase get() {
        return database;
    }
}
