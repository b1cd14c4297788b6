package io.migrations.spring.drift;

import io.migrations.api.Difference;
import io.migrations.api.DriftException;
import io.migrations.api.DriftReport;
import io.migrations.api.MigrationsException;
import io.migrations.internal.connect.DatabaseUrl;
import io.migrations.internal.drift.Drift;
import io.migrations.internal.drift.ShadowDatabase;
import io.migrations.spring.DataSources;
import io.migrations.spring.MigrationRunner;
import io.migrations.spring.endpoint.DriftProbe;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Checks drift on a temporary shadow database created on the server of the migrated database (or on
 * {@code migrations.drift.shadow-server-url}) and dropped afterwards. A check that cannot run is reported in the
 * section's {@code error} rather than failing the endpoint.
 */
class ShadowDriftProbe implements DriftProbe {

    private static final Logger log = LoggerFactory.getLogger(ShadowDriftProbe.class);

    private final MigrationsDriftProperties drift;

    ShadowDriftProbe(MigrationsDriftProperties drift) {
        this.drift = drift;
    }

    @Override
    public Optional<DriftDescriptor> check(MigrationRunner runner) {
        try (ShadowDatabase shadow = ShadowDatabase.onServerOf(server(runner.migrations().config().dataSource()))) {
            DriftReport report = runner.migrations().drift(shadow.dataSource());
            return Optional.of(new DriftDescriptor(report.hasDrift(), report.replayedTo(),
                    report.differences().stream().map(Difference::toString).toList(), null));
        } catch (MigrationsException e) {
            log.warn("Drift check of {} failed: {}", runner.url(), e.getMessage());
            return Optional.of(new DriftDescriptor(false, List.of(), List.of(), e.getMessage()));
        }
    }

    /** Where to create the shadow database: the explicit server, or the migrated database's own. */
    private DatabaseUrl server(DataSource migrated) {
        if (drift.getShadowServerUrl() != null) {
            return DatabaseUrl.parse(drift.getShadowServerUrl(), null, null);
        }
        return DataSources.coordinates(migrated).orElseThrow(() -> new DriftException("Cannot tell which server the "
                + "migrated data source is on; set migrations.drift.shadow-server-url to a database on a server where "
                + "a shadow database may be created"));
    }
}
