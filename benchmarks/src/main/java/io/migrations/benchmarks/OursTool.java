package io.migrations.benchmarks;

import io.migrations.Migrations;
import io.migrations.MigrationsConfig;
import io.migrations.internal.connect.DatabaseUrl;
import io.migrations.internal.connect.UrlDataSource;
import io.migrations.testdb.TestDatabase;

/** This project: load the SQL revisions and {@code upgrade("heads")}, as the Spring Boot starter does at start. */
final class OursTool implements Tool {

    @Override
    public String name() {
        return "ours";
    }

    @Override
    public void apply(TestDatabase db, Workload workload) {
        Migrations.create(MigrationsConfig.builder()
                        .dataSource(new UrlDataSource(new DatabaseUrl(db.jdbcUrl(), db.user(), db.password())))
                        .locations("filesystem:" + workload.ours())
                        .build())
                .upgrade("heads");
    }
}
