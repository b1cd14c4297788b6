package io.migrations.internal.fleet;

import io.migrations.api.DatabaseException;
import io.migrations.api.SettingException;
import io.migrations.internal.platform.Databases;
import io.migrations.internal.platform.Poolers;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;

/**
 * Schema targets put their schema first on the session's {@code search_path}, so they need connections that keep
 * their session. Behind a pooler in transaction mode a setting stays on whichever server connection took it, and the
 * next transaction, another tenant's or the migration lock's, may land there: a tenant's revisions would run in
 * another tenant's schema. Checked once, whatever the lock mode, before anything runs; so is any run that sets a
 * search_path of its own.
 */
public final class SchemaSessions {

    private SchemaSessions() {
    }

    /**
     * Refuses connections of {@code database} that go through a pooler in transaction mode. A connection that cannot
     * be opened is left to the run itself, which reports it with its retries and hints.
     *
     * @param whose what sets the search_path, as the message names it, e.g. {@code that the tenants (…)}
     * @throws SettingException  when they do
     * @throws DatabaseException when the check cannot run
     */
    public static void requireSessions(DataSource database, String whose) {
        Optional<String> seen;
        try (Connection work = open(database); Connection other = work == null ? null : open(database)) {
            if (other == null) {
                return;
            }
            try (Poolers.Restore unpreparedWork = Poolers.withoutServerSidePreparedStatements(work);
                 Poolers.Restore unpreparedOther = Poolers.withoutServerSidePreparedStatements(other)) {
                work.setAutoCommit(true);
                other.setAutoCommit(true);
                seen = Databases.detect(work).transactionPooling(work, other);
            }
        } catch (SQLException e) {
            throw new DatabaseException("Could not check the connection for a pooler: " + e.getMessage(), e);
        }
        seen.ifPresent(what -> {
            throw new SettingException("The database connection goes through a pooler in transaction mode (" + what
                    + "), which hands a session's settings to whichever transaction comes next: the search_path "
                    + whose + " set could reach other transactions, and revisions could run in the wrong schema. "
                    + "Use the direct connection (port 5432) or the pooler's session mode. Nothing was run.");
        });
    }

    private static @Nullable Connection open(DataSource database) {
        try {
            return database.getConnection();
        } catch (SQLException | RuntimeException e) {
            return null;
        }
    }
}
