package io.migrations.internal.drift;

import io.migrations.api.DatabaseException;
import io.migrations.api.DriftReport;
import io.migrations.internal.platform.TableName;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds schema drift: changes made to a database outside its revisions. The revisions are replayed into a shadow
 * database up to the revisions the checked database is at, then both schemas are read from the catalog and
 * compared. The version and history tables are left out.
 *
 * @param database the checked database
 * @param ignored  the tables left out of both schemas: the version and history tables
 */
public record Drift(DataSource database, List<TableName> ignored) {

    private static final Logger LOG = LoggerFactory.getLogger(Drift.class);

    public Drift {
        ignored = List.copyOf(ignored);
    }

    /**
     * Compares the checked database, at revisions {@code current}, with {@code shadow} after {@code replay} brought
     * the shadow to each of them.
     *
     * @param shadowName how to name the shadow database in messages
     * @param replay     upgrades the shadow database to the revision it is given
     * @throws DatabaseException when a revision fails on the shadow database or a schema cannot be read
     */
    public DriftReport check(List<String> current, DataSource shadow, String shadowName, Consumer<String> replay) {
        LOG.info("Replaying revisions up to {} into {}", current, shadowName);
        current.forEach(replay);
        Schema expected = schema(shadow, shadowName);
        return new DriftReport(current, SchemaDiff.between(expected, schema()));
    }

    /**
     * The schema of the checked database, without its version and history tables.
     *
     * @throws DatabaseException when the catalog cannot be read
     */
    public Schema schema() {
        return schema(database, "the database");
    }

    private Schema schema(DataSource dataSource, String description) {
        try (Connection connection = dataSource.getConnection()) {
            return SchemaReader.read(connection, ignored);
        } catch (SQLException e) {
            throw new DatabaseException("Could not read the schema of " + description + " from its catalog: "
                    + e.getMessage(), e);
        }
    }
}
