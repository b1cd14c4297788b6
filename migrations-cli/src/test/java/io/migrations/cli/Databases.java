package io.migrations.cli;

import io.migrations.catalog.Table;
import io.migrations.internal.platform.CatalogScope;
import io.migrations.testdb.TestDatabase;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/** Reads test databases: their version rows, and their tables through the one Catalog. */
final class Databases {

    private static final String UNDEFINED_TABLE = "42P01";

    private Databases() {
    }

    /** The rows of {@code alembic_version}, sorted; empty when the table does not exist. */
    static List<String> versions(TestDatabase database) throws SQLException {
        try {
            return database.strings("SELECT version_num FROM alembic_version ORDER BY 1");
        } catch (SQLException e) {
            if (UNDEFINED_TABLE.equals(e.getSQLState())) {
                return List.of();
            }
            throw e;
        }
    }

    /** Names of the tables in the public schema, sorted, the version and history tables included. */
    static List<String> tables(TestDatabase database) throws SQLException {
        try (Connection connection = database.connect()) {
            return io.migrations.internal.platform.Databases.detect(connection).catalogReader().read(connection, CatalogScope.everything()).tables()
                    .stream().map(Table::name).filter(name -> name.schema().equals("public"))
                    .map(name -> name.name()).toList();
        }
    }
}
