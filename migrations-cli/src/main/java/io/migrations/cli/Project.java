package io.migrations.cli;

import io.migrations.Migrations;
import io.migrations.MigrationsConfig;
import io.migrations.db.Connector;
import io.migrations.db.DatabaseException;
import io.migrations.db.DatabaseUrl;
import io.migrations.db.TableName;
import io.migrations.db.Tables;
import io.migrations.db.UrlDataSource;
import io.migrations.db.VersionTable;
import io.migrations.engine.Timeouts;
import java.sql.Connection;
import java.sql.SQLException;

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
        return DatabaseUrl.redact(options.url.strip());
    }

    /** The library facade over the revisions and the database. */
    Migrations migrations() {
        if (migrations == null) {
            UrlDataSource dataSource = new UrlDataSource(DatabaseUrl.parse(options.url, options.user, options.password));
            if (options.connectTimeout != null) {
                dataSource.setLoginTimeout((int) Math.max(1, options.connectTimeout.toSeconds()));
            }
            try {
                migrations = Migrations.of(config(dataSource), revisions.scripts());
            } catch (IllegalArgumentException e) {
                throw new CliException("Invalid option: " + e.getMessage());
            }
        }
        return migrations;
    }

    /**
     * The facade over the revisions and the database of {@code --url}, or, without {@code --url}, of {@code url}:
     * for commands that only need a server to create throwaway databases on.
     */
    Migrations migrationsOn(DatabaseUrl url) {
        if (options.url != null) {
            return migrations();
        }
        return Migrations.of(config(new UrlDataSource(url)), revisions.scripts());
    }

    /** The version table's rows and whether it exists, read on a fresh connection. */
    VersionState versionState() {
        MigrationsConfig config = migrations().config();
        VersionTable versions = new VersionTable(new TableName(config.schema(), config.versionTable()));
        try (Connection connection = new Connector(config.dataSource(), config.connectRetries(),
                config.connectRetryDelay()).open()) {
            return new VersionState(Tables.exists(connection, versions.table()), versions.read(connection));
        } catch (SQLException e) {
            throw new DatabaseException("Could not read " + versions.table() + ": " + e.getMessage(), e);
        }
    }

    private MigrationsConfig config(UrlDataSource dataSource) {
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
                .lockRetries(options.lockRetries)
                .lockRetryDelay(options.lockRetryDelay)
                .waitReportInterval(options.waitReportInterval)
                .build();
    }
}
