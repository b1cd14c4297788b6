package io.migrations.benchmarks;

import io.migrations.Migrations;
import io.migrations.MigrationsConfig;
import io.migrations.api.TransactionPer;
import io.migrations.internal.connect.DatabaseUrl;
import io.migrations.internal.connect.UrlDataSource;
import io.migrations.testdb.TestDatabase;

/**
 * This project: load the SQL revisions and {@code upgrade("heads")}, as the Spring Boot starter does at start;
 * {@code ours} commits per revision (the default), {@code ours-run} applies them all in one transaction.
 *
 * @param transactionPer where the run's transactions begin and end
 */
record OursTool(TransactionPer transactionPer) implements Tool {

    @Override
    public String name() {
        return transactionPer == TransactionPer.REVISION ? "ours" : "ours-run";
    }

    @Override
    public void apply(TestDatabase db, Workload workload) {
        Migrations.create(MigrationsConfig.builder()
                        .dataSource(new UrlDataSource(new DatabaseUrl(db.jdbcUrl(), db.user(), db.password())))
                        .locations("filesystem:" + workload.ours())
                        .transactionPer(transactionPer)
                        .build())
                .upgrade("heads");
    }
}
