package io.migrations.test;

import io.migrations.Migrations;
import io.migrations.MigrationsConfig;
import io.migrations.RevisionSet;
import io.migrations.api.DatabaseException;
import io.migrations.catalog.Schema;
import io.migrations.internal.platform.Databases;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Snapshots and clears the test database through the project's one {@link io.migrations.catalog.Catalog}: every
 * user object, except the version and history tables that record migrations (they stay after a downgrade to base by
 * design).
 */
final class TestCatalog {

    private final Migrations migrations;

    private TestCatalog(Migrations migrations) {
        this.migrations = migrations;
    }

    /** The catalog of the database that {@code config} migrates, ignoring its version and history tables. */
    static TestCatalog of(MigrationsConfig config) {
        return new TestCatalog(Migrations.create(config, RevisionSet.empty()));
    }

    /** Every user object now in the database, one line each (see {@link io.migrations.catalog.Catalog#lines()}). */
    CatalogSnapshot snapshot() {
        return new CatalogSnapshot(new TreeSet<>(migrations.catalog().lines()));
    }

    /**
     * Drops every user schema with everything in it, version and history tables included, and creates an empty
     * {@code public} schema as a new database has it, so the next check starts from a database no revision has touched.
     */
    void clear() {
        String schemas = migrations.catalog().schemas().stream().map(Schema::name).map(Databases.POSTGRESQL::quoteIdentifier)
                .collect(Collectors.joining(", "));
        try (Connection connection = migrations.config().dataSource().getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute((schemas.isEmpty() ? "" : "DROP SCHEMA " + schemas + " CASCADE; ")
                    + "CREATE SCHEMA public; COMMENT ON SCHEMA public IS 'standard public schema'");
        } catch (SQLException e) {
            throw new DatabaseException("Could not empty the test database: " + e.getMessage(), e);
        }
    }
}
