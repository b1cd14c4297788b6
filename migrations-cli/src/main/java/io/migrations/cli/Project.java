package io.migrations.cli;

import io.migrations.Migrations;
import io.migrations.MigrationsConfig;
import io.migrations.api.Timeouts;
import io.migrations.internal.connect.DatabaseUrl;
import io.migrations.internal.connect.UrlDataSource;
import javax.sql.DataSource;

/**
 * What the global options point at: the revisions and the database, each built on first use, so that commands
 * that only read revision files never need a database URL.
 */
final class Project {

    private final GlobalOptions options;
    private final Revisions revisions;
    private Migrations migrations;

    Project(GlobalOptions options) {
        this.options = options;
        this.revisions = new Revisions(options);
    }

    /** The options this project was built from. */
    GlobalOptions options() {
        return options;
    }

    /** The revision files and classes. */
    Revisions revisions() {
        return revisions;
    }

    /** The database URL as given, password masked, for output such as {@code current -v}. Call after {@link #migrations()}. */
    String displayUrl() {
        return DatabaseUrl.mask(options.url.strip());
    }

    /**
     * The library facade over the revisions and the database. Without a database URL it still renders the script of
     * a {@code from:to} range; anything that connects fails with how to give the URL.
     */
    Migrations migrations() {
        if (migrations == null) {
            try {
                migrations = Migrations.create(config(dataSource()), revisions.set());
            } catch (IllegalArgumentException e) {
                throw new CliException("Invalid option: " + e.getMessage());
            }
        }
        return migrations;
    }

    /**
     * The facade over the revisions a new revision builds on ({@link Revisions#setForNewRevision()}): a
     * {@code --package} with no compiled class yet only means there is no Java revision yet.
     */
    Migrations migrationsForNewRevision() {
        return Migrations.create(config(dataSource()), revisions.setForNewRevision());
    }

    private DataSource dataSource() {
        if (options.url == null || options.url.isBlank()) {
            return new NoDatabaseUrl();
        }
        UrlDataSource dataSource = new UrlDataSource(DatabaseUrl.parse(options.url, options.user, options.password));
        dataSource.setLoginTimeout(UrlDataSource.wholeSeconds(options.connectTimeout));
        return dataSource;
    }

    private MigrationsConfig config(DataSource dataSource) {
        return MigrationsConfig.builder()
                .dataSource(dataSource)
                .locations(revisions.location())
                .classLoader(revisions.classLoader())
                .schema(options.schema)
                .versionTable(options.versionTable)
                .historyTable(options.historyTable)
                .lockWaitTimeout(options.lockWaitTimeout)
                .timeouts(new Timeouts(options.lockTimeout, options.statementTimeout))
                .connectRetries(options.connectRetries)
                .connectTimeout(options.connectTimeout)
                .lockMode(options.lockMode)
                .lockRetries(options.lockRetries)
                .lockRetryDelay(options.lockRetryDelay)
                .waitReportInterval(options.waitReportInterval)
                .onChecksumMismatch(options.onChecksumMismatch)
                .build();
    }
}
