package io.migrations.catalog;

import io.migrations.Migrations;
import io.migrations.MigrationsConfig;
import io.migrations.RevisionSet;
import io.migrations.testdb.SchemaFixtures;
import io.migrations.testdb.TestDatabase;

/** Test helpers: the catalog of a test database, and the SQL fixtures under {@code catalog/}. */
final class Catalogs {

    private Catalogs() {
    }

    static Catalog read(TestDatabase database) {
        return Migrations.create(MigrationsConfig.builder().dataSource(database.dataSource()).build(), RevisionSet.empty()).catalog();
    }

    static String fixture(String name) {
        return SchemaFixtures.sql(name);
    }
}
