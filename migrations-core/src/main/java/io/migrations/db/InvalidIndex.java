package io.migrations.db;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * An index PostgreSQL marks invalid ({@code pg_index.indisvalid} false), as a failed
 * {@code CREATE INDEX CONCURRENTLY} leaves it: it is maintained on every write but never used by queries.
 *
 * @param schema the index's schema
 * @param name   the index's name
 * @param table  the qualified table it is on
 */
public record InvalidIndex(String schema, String name, String table) {

    private static final String QUERY = "SELECT n.nspname, c.relname, format('%I.%I', tn.nspname, t.relname) "
            + "FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid JOIN pg_namespace n ON n.oid = c.relnamespace "
            + "JOIN pg_class t ON t.oid = i.indrelid JOIN pg_namespace tn ON tn.oid = t.relnamespace "
            + "WHERE NOT i.indisvalid AND n.nspname NOT IN ('pg_catalog', 'information_schema') "
            + "AND n.nspname NOT LIKE 'pg\\_toast%' ORDER BY 1, 2";

    /** Every invalid index outside the system schemas. */
    public static List<InvalidIndex> findAll(Connection connection) throws SQLException {
        List<InvalidIndex> found = new ArrayList<>();
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery(QUERY)) {
            while (rs.next()) {
                found.add(new InvalidIndex(rs.getString(1), rs.getString(2), rs.getString(3)));
            }
        }
        return found;
    }

    /** The statement that removes it without blocking writes to its table. */
    public String dropSql() {
        return "DROP INDEX CONCURRENTLY " + TableName.quote(schema) + "." + TableName.quote(name);
    }

    /** {@code schema.name on table}. */
    public String describe() {
        return schema + "." + name + " on " + table;
    }
}
