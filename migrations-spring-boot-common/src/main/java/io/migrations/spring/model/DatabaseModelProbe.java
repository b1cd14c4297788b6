package io.migrations.spring.model;

import io.migrations.Migrations;
import io.migrations.MigrationsConfig;
import io.migrations.api.MigrationsException;
import io.migrations.api.ModelException;
import io.migrations.catalog.CatalogDiff;
import io.migrations.internal.autogen.Autogenerate;
import io.migrations.internal.autogen.Model;
import io.migrations.internal.connect.DatabaseUrl;
import io.migrations.spring.DataSources;
import io.migrations.spring.MigrationRunner;
import io.migrations.spring.endpoint.ModelProbe;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Compares a runner's database, as it is, with the model: {@code migrations.model}, else {@code schema.sql} next to
 * the revisions, else the application's JPA entities. The model is applied to a throwaway database on the migrated
 * database's server, dropped afterwards. A check that cannot run is reported in the section's {@code error}.
 */
class DatabaseModelProbe implements ModelProbe {

    private static final Logger log = LoggerFactory.getLogger(DatabaseModelProbe.class);

    private final MigrationsModelProperties properties;
    private final Optional<JpaModelSource> jpa;

    DatabaseModelProbe(MigrationsModelProperties properties, Optional<JpaModelSource> jpa) {
        this.properties = properties;
        this.jpa = jpa;
    }

    @Override
    public Optional<ModelDescriptor> check(MigrationRunner runner) {
        Migrations migrations = runner.migrations();
        String name = properties.getModel();
        try {
            Model model = model(migrations.config());
            name = model.toString();
            DatabaseUrl server = DataSources.coordinates(migrations.config().dataSource()).orElseThrow(() ->
                    new ModelException("Cannot tell which server the migrated data source is on, where the model "
                            + "is applied to a throwaway database; give the data source a PostgreSQL URL"));
            CatalogDiff diff = Autogenerate.compare(new Autogenerate.Sources(migrations::catalog, migrations::build,
                            migrations::catalogOf), List.of(model), Autogenerate.Against.DATABASE,
                    new Autogenerate.Servers(server, null)).diff();
            return Optional.of(new ModelDescriptor(name, diff.isEmpty(), diff.differences().stream()
                    .map(difference -> difference.describe("the database", "the model")).toList(), null));
        } catch (MigrationsException e) {
            log.warn("Model check of {} failed: {}", runner.url(), e.getMessage());
            return Optional.of(new ModelDescriptor(name, false, List.of(), e.getMessage()));
        }
    }

    private Model model(MigrationsConfig config) {
        Map<String, Object> settings = jpa.map(JpaModelSource::settings).orElse(Map.of());
        if (properties.getModel() != null && !properties.getModel().isBlank()) {
            return Model.parse(properties.getModel(), Path.of("").toAbsolutePath(), null, null, config.classLoader(),
                    settings);
        }
        return Model.nextToRevisions(config.locations(), config.classLoader())
                .or(() -> jpa.flatMap(JpaModelSource::model).map(entities -> Model.parse(entities, Path.of(""), null,
                        null, config.classLoader(), settings)))
                .orElseThrow(() -> new ModelException("No model to check: set migrations.model (a SQL file such as "
                        + "classpath:db/schema.sql, or jpa:<package>), keep schema.sql next to the revisions folder, "
                        + "or set migrations.model-check=off"));
    }
}
