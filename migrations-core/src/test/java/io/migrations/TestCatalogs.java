package io.migrations;

import io.migrations.catalog.Catalog;
import io.migrations.catalog.Index;
import io.migrations.catalog.Table;
import io.migrations.internal.platform.CatalogScope;
import io.migrations.internal.platform.Databases;
import io.migrations.testdb.TestDatabase;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.stream.Stream;

/** Schema look-ups for tests, all through the one {@link Catalog}. */
public final class TestCatalogs {

    private TestCatalogs() {
    }

    /** The catalog of {@code database}, without the default version and history tables. */
    public static Catalog read(TestDatabase database) {
        return Migrations.create(MigrationsConfig.builder().dataSource(database.dataSource()).build(), RevisionSet.empty()).catalog();
    }

    /** The whole catalog of {@code database}, the version and history tables included. */
    public static Catalog readAll(TestDatabase database) {
        try (Connection connection = database.connect()) {
            return Databases.detect(connection).catalogReader().read(connection, CatalogScope.everything());
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the catalog of " + database.name(), e);
        }
    }

    /** Names of the tables in the {@code public} schema, sorted; the version and history tables included. */
    public static List<String> tableNames(TestDatabase database) {
        return publicTables(database).map(table -> table.name().name()).toList();
    }

    /** Names of the indexes of the {@code public} schema that no constraint owns, sorted. */
    public static List<String> indexNames(TestDatabase database) {
        return publicTables(database).flatMap(table -> table.indexes().stream()).map(Index::name).sorted().toList();
    }

    private static Stream<Table> publicTables(TestDatabase database) {
        return readAll(database).tables().stream().filter(table -> table.name().schema().equals("public"));
    }
}
