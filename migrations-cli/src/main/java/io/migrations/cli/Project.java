package io.migrations.cli;

import io.migrations.Migrations;
import io.migrations.MigrationsConfig;
import io.migrations.api.Timeouts;
import io.migrations.internal.author.ModelComparison;
import io.migrations.internal.author.RevisionWriter;
import io.migrations.internal.author.SettingNames;
import io.migrations.internal.autogen.Autogenerate;
import io.migrations.internal.connect.DatabaseUrl;
import io.migrations.internal.connect.NoDatabaseUrl;
import io.migrations.internal.engine.RunStop;
import java.nio.file.Path;
import java.util.List;
import java.util.function.UnaryOperator;
import javax.sql.DataSource;

/**
 * What the global options point at: the revisions and the database, each built on first use, so that commands
 * that only read revision files never need a database URL.
 */
final class Project {

    /** The options that messages about new revisions and models point the user to. */
    private static final SettingNames SETTING_NAMES = setting -> switch (setting) {
        case REV_ID -> "--rev-id";
        case HEAD -> "--head";
        case SPLICE -> "--splice";
        case BRANCH_LABEL -> "--branch-label";
        case DEPENDS_ON -> "--depends-on";
        case DIR -> "--dir";
        case PACKAGE -> "--package (or MIGRATIONS_PACKAGE)";
        case MERGE -> "'migrations merge -m <message> heads'";
        case URL -> "--url (or DATABASE_URL)";
        case SHADOW_URL -> "--shadow-url";
        case MODEL -> "--model";
    };

    private final GlobalOptions options;
    private final Revisions revisions;
    private Migrations migrations;
    private DataSource ahead;

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
            migrations = create(UnaryOperator.identity());
        }
        return migrations;
    }

    /** As {@link #migrations()}, its runs stopped at a revision boundary by {@code stop} (Ctrl-C). */
    Migrations migrations(RunStop stop) {
        migrations = create(config -> config.toBuilder()
                .stepListener(stop.listener(config.transactionPer(), config.stepListener())).build());
        return migrations;
    }

    private Migrations create(UnaryOperator<MigrationsConfig> adjust) {
        try {
            return Migrations.create(adjust.apply(config()), revisions.set());
        } catch (IllegalArgumentException e) {
            throw new CliException("Invalid option: " + e.getMessage());
        }
    }

    /**
     * The facade over the revisions a new revision builds on ({@link Revisions#setForNewRevision()}): a
     * {@code --package} with no compiled class yet only means there is no Java revision yet.
     */
    Migrations migrationsForNewRevision() {
        return Migrations.create(config(), revisions.setForNewRevision());
    }

    /** Writes new revisions on the revisions as they are now; Java revisions go below {@code sourceDir}. */
    RevisionWriter revisionWriter(Path sourceDir) {
        return new RevisionWriter(revisions.graphForNewRevision(),
                new RevisionWriter.Destination(revisions.folder(), options.javaPackage, sourceDir), SETTING_NAMES);
    }

    /** The model(s), or {@code schema.sql} next to the revisions, compared on the server of {@code --url}. */
    ModelComparison modelComparison(List<String> models, String shadowUrl) {
        var request = new ModelComparison.Request(models, options.url, options.user, options.password, shadowUrl,
                Path.of("").toAbsolutePath(), revisions.folder(), revisions.classLoader());
        return new ModelComparison(request, () -> {
            Migrations migrations = migrationsForNewRevision();
            return new Autogenerate.Sources(migrations::catalog, migrations::build, migrations::catalogOf);
        }, SETTING_NAMES);
    }

    /**
     * Starts opening the connection a command is about to need while it reads the revisions (see
     * {@link AheadDataSource}); call only from a command that connects to {@code --url} once it has decided to. An
     * unusable URL starts nothing here and fails where the connection is asked for.
     */
    void connectAhead() {
        if (ahead != null || options.url == null || options.url.isBlank()) {
            return;
        }
        try {
            ahead = AheadDataSource.start(withDatabase(MigrationsConfig.builder()).build().dataSource());
        } catch (IllegalArgumentException e) {
            // config() reports it, with the rest of the options.
        }
    }

    /** The configuration the options give, before any fleet target is applied to it. */
    MigrationsConfig config() {
        MigrationsConfig.Builder builder = ahead != null ? MigrationsConfig.builder().dataSource(ahead)
                : withDatabase(MigrationsConfig.builder());
        return builder
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
                .transactionPer(options.transactionPer)
                .lockRetries(options.lockRetries)
                .lockRetryDelay(options.lockRetryDelay)
                .waitReportInterval(options.waitReportInterval)
                .onChecksumMismatch(options.onChecksumMismatch)
                .build();
    }

    private MigrationsConfig.Builder withDatabase(MigrationsConfig.Builder builder) {
        if (options.url == null || options.url.isBlank()) {
            return builder.dataSource(new NoDatabaseUrl());
        }
        return builder.url(options.url, options.user, options.password).connectTimeout(options.connectTimeout);
    }
}
