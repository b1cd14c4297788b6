package io.migrations.spring.drift;

import io.migrations.MigrationsException;
import io.migrations.db.DatabaseUrl;
import io.migrations.db.UrlDataSource;
import io.migrations.drift.Drift;
import io.migrations.drift.DriftException;
import io.migrations.drift.DriftReport;
import io.migrations.drift.ShadowDatabase;
import io.migrations.spring.MigrationRunner;
import io.migrations.spring.MigrationsProperties;
import io.migrations.spring.endpoint.DriftProbe;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;

/**
 * Checks drift on a temporary shadow database created on the server of the migrated database (or on
 * {@code migrations.drift.shadow-server-url}) and dropped afterwards. A check that cannot run is reported in the
 * section's {@code error} rather than failing the endpoint.
 */
class ShadowDriftProbe implements DriftProbe {

    private static final Logger log = LoggerFactory.getLogger(ShadowDriftProbe.class);

    private final MigrationsDriftProperties drift;
    private final MigrationsProperties migrations;
    private final JdbcConnectionDetails connection;

    /** @param connection the application's connection details, or null without a Spring-configured data source */
    ShadowDriftProbe(MigrationsDriftProperties drift, MigrationsProperties migrations, JdbcConnectionDetails connection) {
        this.drift = drift;
        this.migrations = migrations;
        this.connection = connection;
    }

    @Override
    public Optional<DriftDescriptor> check(MigrationRunner runner) {
        try (ShadowDatabase shadow = ShadowDatabase.onServerOf(server(runner.migrations().config().dataSource()))) {
            DriftReport report = Drift.check(runner.migrations(), shadow);
            return Optional.of(new DriftDescriptor(report.hasDrift(), report.replayedTo(),
                    report.lines(), null));
        } catch (MigrationsException e) {
            log.warn("Drift check of {} failed: {}", runner.url(), e.getMessage());
            return Optional.of(new DriftDescriptor(false, List.of(), List.of(), e.getMessage()));
        }
    }

    /** Where to create the shadow database: the explicit server, the migrations URL, or the application's. */
    private DatabaseUrl server(DataSource migrated) {
        if (drift.getShadowServerUrl() != null) {
            return DatabaseUrl.parse(drift.getShadowServerUrl(), null, null);
        }
        if (migrated instanceof UrlDataSource url) {
            return url.url();
        }
        if (connection == null) {
            throw new DriftException("Cannot tell which server the migrated data source is on; set "
                    + "migrations.drift.shadow-server-url to a database on a server where a shadow database may be "
                    + "created");
        }
        return DatabaseUrl.parse(connection.getJdbcUrl(),
                migrations.getUser() != null ? migrations.getUser() : connection.getUsername(),
                migrations.getUser() != null ? migrations.getPassword() : connection.getPassword());
    }
}
