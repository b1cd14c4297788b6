package io.migrations.drift;

import io.migrations.Migrations;
import io.migrations.MigrationsConfig;
import io.migrations.db.DatabaseException;
import io.migrations.db.TableName;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds schema drift: changes made to a database outside its revisions. The revisions are replayed into a shadow
 * database up to the revisions the checked database is at, then both schemas are read from the catalog and
 * compared. The version and history tables are left out.
 *
 * <pre>{@code
 * try (ShadowDatabase shadow = ShadowDatabase.onServerOf(url)) {
 *     DriftReport report = Drift.check(migrations, shadow);
 *     System.out.print(report.text());
 * }
 * }</pre>
 */
public final class Drift {

    private static final Logger LOG = LoggerFactory.getLogger(Drift.class);

    private Drift() {
    }

    /**
     * Compares the database of {@code migrations} with {@code shadow} after replaying the revisions into it.
     *
     * @throws DatabaseException when a revision fails on the shadow database or a schema cannot be read
     */
    public static DriftReport check(Migrations migrations, ShadowDatabase shadow) {
        MigrationsConfig config = migrations.config();
        List<String> current = migrations.current();
        Migrations replay = Migrations.of(config.toBuilder().dataSource(shadow.dataSource()).build(),
                migrations.scripts());
        LOG.info("Replaying revisions up to {} into {}", current, shadow.describe());
        current.forEach(replay::upgrade);
        Schema expected = schema(shadow.dataSource(), config, shadow.describe());
        Schema actual = schema(migrations);
        return new DriftReport(current, SchemaDiff.between(expected, actual));
    }

    /**
     * The schema of the database of {@code migrations}, without its version and history tables.
     *
     * @throws DatabaseException when the catalog cannot be read
     */
    public static Schema schema(Migrations migrations) {
        return schema(migrations.config().dataSource(), migrations.config(), "the database");
    }

    private static Schema schema(DataSource dataSource, MigrationsConfig config, String description) {
        List<TableName> ignored = List.of(new TableName(config.schema(), config.versionTable()),
                new TableName(config.schema(), config.historyTable()));
        try (Connection connection = dataSource.getConnection()) {
            return SchemaReader.read(connection, ignored);
        } catch (SQLException e) {
            throw new DatabaseException("Could not read the schema of " + description + " from its catalog: "
                    + e.getMessage(), e);
        }
    }
}
