package io.migrations.catalog;

import io.migrations.internal.platform.CatalogScope;
import io.migrations.internal.platform.PostgresCatalogReader;
import io.migrations.testdb.SchemaFixtures;
import io.migrations.testdb.TestDatabase;
import io.migrations.testdb.TestServers;
import java.sql.Connection;
import java.sql.SQLException;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A JUnit extension giving a test class a database built from {@code every-kind.sql}, with its catalog read once:
 * {@code @RegisterExtension static final EveryKindDatabase DB = new EveryKindDatabase();}
 */
public final class EveryKindDatabase implements BeforeAllCallback, AfterAllCallback {

    private TestDatabase database;
    private Catalog catalog;

    @Override
    public void beforeAll(ExtensionContext context) throws SQLException {
        database = TestServers.find().createDatabase(context.getRequiredTestClass().getSimpleName());
        database.execute(SchemaFixtures.sql(SchemaFixtures.EVERY_KIND));
        catalog = read(database);
    }

    @Override
    public void afterAll(ExtensionContext context) {
        database.close();
    }

    /** The database. */
    public TestDatabase database() {
        return database;
    }

    /** Its catalog as built, every schema and table included. */
    public Catalog catalog() {
        return catalog;
    }

    /** The catalog of {@code database}, every schema and table included. */
    public static Catalog read(TestDatabase database) throws SQLException {
        try (Connection connection = database.connect()) {
            return read(connection);
        }
    }

    /** The catalog seen through {@code connection}, inside its transaction if it has one. */
    public static Catalog read(Connection connection) throws SQLException {
        return new PostgresCatalogReader().read(connection, CatalogScope.everything());
    }
}
