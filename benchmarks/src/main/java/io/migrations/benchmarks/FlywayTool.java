package io.migrations.benchmarks;

import io.migrations.testdb.TestDatabase;
import org.flywaydb.core.Flyway;

/** Flyway's {@code migrate}, as its Spring Boot integration calls it at every start (validate on migrate is on). */
final class FlywayTool implements Tool {

    @Override
    public String name() {
        return "flyway";
    }

    @Override
    public void apply(TestDatabase db, Workload workload) {
        Flyway.configure()
                .dataSource(db.jdbcUrl(), db.user(), db.password())
                .locations("filesystem:" + workload.sqlDir())
                .load()
                .migrate();
    }
}
