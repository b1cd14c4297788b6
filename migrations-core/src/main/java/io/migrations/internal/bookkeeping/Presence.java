package io.migrations.internal.bookkeeping;

import io.migrations.internal.platform.Database;
import io.migrations.internal.platform.TableName;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * What a run knows about whether one of its bookkeeping tables exists, so that it does not ask the database again
 * before every read. A run never drops these tables, so a table once found stays found; a missing one stays missing
 * until the run creates it, as long as no other run can: under the migration lock, or for a read that only reports.
 */
enum Presence {

    /** Seen to exist. */
    FOUND,
    /** Seen not to exist. */
    MISSING,
    /** Not seen: asked for every time. */
    UNKNOWN;

    /** Whether {@code table} exists, asking {@code database} only when it is not known. */
    boolean exists(Database database, Connection connection, TableName table) throws SQLException {
        return switch (this) {
            case FOUND -> true;
            case MISSING -> false;
            case UNKNOWN -> database.tableExists(connection, table);
        };
    }
}
