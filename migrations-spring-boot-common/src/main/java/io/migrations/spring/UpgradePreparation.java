package io.migrations.spring;

import io.migrations.Migrations;
import io.migrations.api.DatabaseException;
import io.migrations.api.MigrationResult;
import io.migrations.api.StampMode;
import io.migrations.catalog.Catalog;
import io.migrations.internal.fleet.SchemaSessions;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What a runner does before an upgrade: refuse a pooler in transaction mode when it sets a {@code search-path}
 * ({@link SchemaSessions}), create missing schemas ({@code create-schemas}) and adopt a database that predates
 * migrations ({@code stamp-on-first-run}).
 *
 * @param schemas       schemas to create when missing, each taken as written
 * @param stampRevision the revision to stamp an unversioned database that already holds tables with; null for none
 */
record UpgradePreparation(List<String> schemas, @Nullable String stampRevision) {

    static final UpgradePreparation NONE = new UpgradePreparation(List.of(), null);

    private static final Logger log = LoggerFactory.getLogger(UpgradePreparation.class);

    UpgradePreparation {
        schemas = List.copyOf(schemas);
    }

    /**
     * Prepares the database of {@code migrations}.
     *
     * @return the stamp, when the database was adopted
     */
    Optional<MigrationResult> prepare(Migrations migrations) {
        DataSource dataSource = migrations.config().dataSource();
        if (dataSource instanceof SearchPathDataSource searchPath) {
            // Checked on the connections underneath, so that the check itself sets no search_path through a pooler.
            SchemaSessions.requireSessions(searchPath.withoutSearchPath(),
                    "that this runner's search-path (migrations.search-path)");
        }
        if (!schemas.isEmpty()) {
            createSchemas(dataSource);
        }
        if (stampRevision == null || !predatesMigrations(migrations)) {
            return Optional.empty();
        }
        log.info("The database {} holds tables but was never migrated: stamping it with revision {} "
                + "(migrations.stamp-on-first-run) before upgrading", DataSources.describe(dataSource), stampRevision);
        // Under the lock, and only if no other instance got there first.
        MigrationResult stamped = migrations.stamp(List.of(stampRevision), StampMode.IF_EMPTY);
        return stamped.steps().isEmpty() ? Optional.empty() : Optional.of(stamped);
    }

    /** Neither version rows nor history (so never migrated, not even downgraded to base), and tables in its schema. */
    private static boolean predatesMigrations(Migrations migrations) {
        if (!migrations.current().isEmpty() || !migrations.history().isEmpty()) {
            return false;
        }
        String schema = migrations.config().schema() != null ? migrations.config().schema()
                : currentSchema(migrations.config().dataSource());
        Catalog catalog = migrations.catalog();
        return catalog.tables().stream().anyMatch(table -> table.name().schema().equals(schema))
                || catalog.views().stream().anyMatch(view -> view.name().schema().equals(schema));
    }

    private static String currentSchema(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            return connection.getSchema();
        } catch (SQLException e) {
            throw new DatabaseException("Could not read the current schema to check whether the database predates "
                    + "migrations: " + e.getMessage(), e);
        }
    }

    private void createSchemas(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            for (String schema : schemas) {
                try {
                    statement.execute("CREATE SCHEMA IF NOT EXISTS " + SearchPathDataSource.quote(schema));
                } catch (SQLException e) {
                    // Another instance created it between the check and the creation: what was asked for exists.
                    if (!"23505".equals(e.getSQLState()) && !"42P06".equals(e.getSQLState())) {
                        throw e;
                    }
                }
            }
        } catch (SQLException e) {
            throw new DatabaseException("Could not create the schemas " + schemas + " (migrations.create-schemas): "
                    + e.getMessage() + ". Create them by hand, or let the migration user create schemas.", e);
        }
    }
}
