package io.migrations.benchmarks;

import io.migrations.testdb.TestDatabase;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;

/** Flyway's {@code migrate}, as its Spring Boot integration calls it at every start (validate on migrate is on). */
final class FlywayTool implements Tool {

    @Override
    public String name() {
        return "flyway";
    }

    @Override
    public void apply(TestDatabase db, Workload workload) {
        configure(db, workload).load().migrate();
    }

    /** Migrates one existing schema of {@code db}: Flyway's history table there, the schema current while it runs. */
    static void migrateSchema(TestDatabase db, Workload workload, String schema) {
        configure(db, workload).schemas(schema).createSchemas(false).load().migrate();
    }

    private static FluentConfiguration configure(TestDatabase db, Workload workload) {
        return Flyway.configure()
                .dataSource(db.jdbcUrl(), db.user(), db.password())
                .locations("filesystem:" + workload.sqlDir());
    }
}
