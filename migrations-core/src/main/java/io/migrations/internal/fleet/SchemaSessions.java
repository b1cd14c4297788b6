package io.migrations.internal.fleet;

import io.migrations.api.DatabaseException;
import io.migrations.api.SettingException;
import io.migrations.internal.platform.Databases;
import io.migrations.internal.platform.Poolers;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * Schema targets put their schema first on the session's {@code search_path}, so they need connections that keep
 * their session. Behind a pooler in transaction mode a setting stays on whichever server connection took it, and the
 * next transaction, another tenant's or the migration lock's, may land there: a tenant's revisions would run in
 * another tenant's schema. Checked once for the whole fleet, whatever the lock mode, before any target runs.
 */
public final class SchemaSessions {

    private SchemaSessions() {
    }

    /**
     * Refuses connections of {@code database} that go through a pooler in transaction mode.
     *
     * @param howToName how the message names the schema targets, e.g. {@code --schemas} or {@code tenants}
     * @throws SettingException  when they do
     * @throws DatabaseException when the check cannot run
     */
    public static void requireSessions(DataSource database, String howToName) {
        Optional<String> seen;
        try (Connection work = database.getConnection(); Connection other = database.getConnection();
             Poolers.Restore unpreparedWork = Poolers.withoutServerSidePreparedStatements(work);
             Poolers.Restore unpreparedOther = Poolers.withoutServerSidePreparedStatements(other)) {
            work.setAutoCommit(true);
            other.setAutoCommit(true);
            seen = Databases.detect(work).transactionPooling(work, other);
        } catch (SQLException e) {
            throw new DatabaseException("Could not check the connection for a pooler: " + e.getMessage(), e);
        }
        seen.ifPresent(what -> {
            throw new SettingException("The database connection goes through a pooler in transaction mode (" + what
                    + "). The " + howToName + " each run with their schema first on the session's search_path, which "
                    + "such a pooler hands to whichever transaction comes next, so one schema's revisions could run "
                    + "in another's. Use the direct connection (port 5432) or the pooler's session mode. No target "
                    + "was run.");
        });
    }
}
