package io.migrations.drift;

import io.migrations.Migrations;
import io.migrations.MigrationsException;
import io.migrations.catalog.Catalog;
import io.migrations.catalog.CatalogDiff;
import io.migrations.db.DatabaseException;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds schema drift: changes made to a database outside its revisions. The revisions are replayed into a shadow
 * database up to the revisions the checked database is at, then the {@link Catalog}s of both are compared. The
 * version and history tables are left out.
 *
 * <pre>{@code
 * try (ShadowDatabase shadow = ShadowDatabase.onServerOf(url)) {
 *     DriftReport report = Drift.check(migrations, shadow);
 *     System.out.print(report.text());
 * }
 * }</pre>
 */
public final class Drift {

    private static final Logger LOG = LoggerFactory.getLogger(Drift.class);

    private Drift() {
    }

    /**
     * Compares the database of {@code migrations} with {@code shadow} after replaying the revisions into it.
     *
     * @throws ShadowReplayException when a revision fails on the shadow database: the check could not run
     * @throws DatabaseException     when a catalog cannot be read
     */
    public static DriftReport check(Migrations migrations, ShadowDatabase shadow) {
        List<String> current = migrations.current();
        Migrations replay = shadow.migrations(migrations);
        LOG.info("Replaying revisions up to {} into {}", current, shadow.describe());
        try {
            current.forEach(replay::upgrade);
        } catch (MigrationsException e) {
            throw new ShadowReplayException(shadow.describe(), e);
        }
        return new DriftReport(current, CatalogDiff.between(replay.catalog(), migrations.catalog()).differences());
    }
}
