package io.migrations.internal.platform;

import io.migrations.api.InvalidIndex;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds the indexes PostgreSQL marks invalid, as a failed {@code CREATE INDEX CONCURRENTLY} leaves them. An index
 * another session is still building concurrently is invalid until its build commits; it is left out, so that schemas
 * migrated side by side (or a build someone runs by hand) never count as what a revision left behind. PostgreSQL
 * shows which index a build is on only to its own user (and to roles with {@code pg_read_all_stats}).
 */
final class InvalidIndexes {

    private static final String QUERY = "SELECT n.nspname, c.relname, pg_catalog.format('%I.%I', tn.nspname, t.relname) "
            + "FROM pg_catalog.pg_index i JOIN pg_catalog.pg_class c ON c.oid = i.indexrelid JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace "
            + "JOIN pg_catalog.pg_class t ON t.oid = i.indrelid JOIN pg_catalog.pg_namespace tn ON tn.oid = t.relnamespace "
            + "WHERE NOT i.indisvalid AND n.nspname NOT IN ('pg_catalog', 'information_schema') "
            + "AND n.nspname NOT LIKE 'pg\\_toast%' "
            // a build names its index only once the index's catalog rows are committed
            + "AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_stat_progress_create_index p WHERE p.index_relid = i.indexrelid "
            + "OR (p.relid = i.indrelid AND p.index_relid = 0)) "
            // a build leaves the progress view before the transaction that marks its index valid commits
            + "AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_locks l WHERE l.locktype = 'transactionid' "
            + "AND l.transactionid = i.xmax) ORDER BY 1, 2";

    private InvalidIndexes() {
    }

    /**
     * Every invalid index outside the system schemas and not being built now, with the statement that drops it as
     * {@code database} spells it.
     */
    static List<InvalidIndex> findAll(Connection connection, Database database) throws SQLException {
        List<InvalidIndex> found = read(connection, database);
        if (found.isEmpty()) {
            return found;
        }
        // A build that ends while the query runs can look invalid and finished to it; a second read sees it valid.
        List<InvalidIndex> again = read(connection, database);
        return found.stream().filter(again::contains).toList();
    }

    private static List<InvalidIndex> read(Connection connection, Database database) throws SQLException {
        List<InvalidIndex> found = new ArrayList<>();
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery(QUERY)) {
            while (rs.next()) {
                String schema = rs.getString(1);
                String name = rs.getString(2);
                found.add(new InvalidIndex(schema, name, rs.getString(3),
                        "DROP INDEX CONCURRENTLY " + database.qualified(new TableName(schema, name))));
            }
        }
        return found;
    }
}
