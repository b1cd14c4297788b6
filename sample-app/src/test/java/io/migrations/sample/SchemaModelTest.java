package io.migrations.sample;

import static org.assertj.core.api.Assertions.assertThat;

import io.migrations.Migrations;
import io.migrations.MigrationsConfig;
import io.migrations.RevisionSet;
import io.migrations.catalog.CatalogDiff;
import io.migrations.internal.autogen.Autogenerate;
import io.migrations.internal.autogen.Model;
import io.migrations.internal.connect.DatabaseUrl;
import io.migrations.testdb.FreshDatabase;
import io.migrations.testdb.TestDatabase;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@code db/schema.sql}, kept next to the revisions as the app's model, is exactly the schema the revisions build:
 * what {@code migrations check --model} checks (exit 0), through the library. After a change to the model,
 * {@code migrations revision --autogenerate} writes the revision that makes this pass again.
 */
class SchemaModelTest {

    @RegisterExtension
    static final FreshDatabase DB = new FreshDatabase();

    @Test
    void schemaSqlIsWhatTheRevisionsBuild() {
        TestDatabase db = DB.get();
        ClassLoader classLoader = getClass().getClassLoader();
        MigrationsConfig config = MigrationsConfig.builder().dataSource(db.dataSource()).build();
        Migrations migrations = Migrations.create(config, RevisionSet.load(config.locations(), classLoader));
        Model model = Model.nextToRevisions(config.locations(), classLoader).orElseThrow();
        assertThat(model).hasToString("classpath:db/schema.sql");

        CatalogDiff diff = Autogenerate.compare(new Autogenerate.Sources(migrations::catalog, migrations::build,
                        migrations::catalogOf), List.of(model), Autogenerate.Against.REVISIONS,
                new Autogenerate.Servers(DatabaseUrl.parse(db.jdbcUrl(), db.user(), db.password()), null)).diff();

        assertThat(diff.text()).as("run 'migrations revision --autogenerate' after changing db/schema.sql").isEmpty();
    }
}
