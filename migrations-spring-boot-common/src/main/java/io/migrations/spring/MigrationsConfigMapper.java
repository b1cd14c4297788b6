package io.migrations.spring;

import io.migrations.MigrationsConfig;
import io.migrations.api.Timeouts;
import javax.sql.DataSource;

/** Turns the properties of one runner into a {@link MigrationsConfig.Builder}. */
final class MigrationsConfigMapper {

    private MigrationsConfigMapper() {
    }

    static MigrationsConfig.Builder builder(MigrationRunnerProperties properties, DataSource dataSource, ClassLoader classLoader) {
        return MigrationsConfig.builder()
                .dataSource(dataSource)
                .classLoader(classLoader)
                .locations(properties.getLocations())
                .schema(properties.getSchema())
                .versionTable(properties.getVersionTable())
                .historyTable(properties.getHistoryTable())
                .lockWaitTimeout(properties.getLockWaitTimeout())
                .timeouts(new Timeouts(properties.getLockTimeout(), properties.getStatementTimeout()))
                .onChecksumMismatch(properties.getOnChecksumMismatch())
                .onUnknownRevision(properties.getOnUnknownRevision())
                .connectRetries(properties.getConnectRetries())
                .connectRetryDelay(properties.getConnectRetryDelay())
                .connectTimeout(properties.getConnectTimeout())
                .lockMode(properties.getLockMode())
                .transactionPer(properties.getTransactionPer())
                .lockRetries(properties.getLockRetries())
                .lockRetryDelay(properties.getLockRetryDelay())
                .waitReportInterval(properties.getWaitReportInterval());
    }
}
