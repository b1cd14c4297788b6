package io.migrations.reliability;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Everything a migration could change in a database, as sorted text lines: relations, columns,
 * constraints, indexes (with validity), and the rows of the version and history tables.
 */
final class CatalogSnapshot {

    private static final String USER_SCHEMAS = "NOT IN ('pg_catalog', 'information_schema') AND %s NOT LIKE 'pg\\_toast%%'";
    private static final String CATALOG = "SELECT line FROM ("
            + " SELECT 'schema ' || nspname AS line FROM pg_namespace WHERE nspname " + USER_SCHEMAS.formatted("nspname")
            + " UNION ALL SELECT 'relation ' || n.nspname || '.' || c.relname || ' kind ' || c.relkind::text"
            + "   FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname " + USER_SCHEMAS.formatted("n.nspname")
            + " UNION ALL SELECT 'column ' || a.attrelid::regclass || '.' || a.attname || ' ' || format_type(a.atttypid, a.atttypmod)"
            + "   || CASE WHEN a.attnotnull THEN ' not null' ELSE '' END || coalesce(' default ' || pg_get_expr(d.adbin, d.adrelid), '')"
            + "   FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid JOIN pg_namespace n ON n.oid = c.relnamespace"
            + "   LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum"
            + "   WHERE a.attnum > 0 AND NOT a.attisdropped AND c.relkind IN ('r', 'v', 'm', 'p') AND n.nspname "
            + USER_SCHEMAS.formatted("n.nspname")
            + " UNION ALL SELECT 'constraint ' || conrelid::regclass || ' ' || conname || ' ' || pg_get_constraintdef(oid)"
            + "   FROM pg_constraint WHERE connamespace::regnamespace::text " + USER_SCHEMAS.formatted("connamespace::regnamespace::text")
            + " UNION ALL SELECT 'index ' || pg_get_indexdef(i.indexrelid) || CASE WHEN i.indisvalid THEN '' ELSE ' INVALID' END"
            + "   FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid JOIN pg_namespace n ON n.oid = c.relnamespace"
            + "   WHERE n.nspname " + USER_SCHEMAS.formatted("n.nspname")
            + ") lines ORDER BY line";

    private CatalogSnapshot() {
    }

    /** The schema and the version and history rows, one line each. */
    static List<String> take(Connection connection) throws SQLException {
        List<String> lines = query(connection, CATALOG);
        if (lines.stream().anyMatch(l -> l.equals("relation public.alembic_version kind r"))) {
            lines.addAll(query(connection, "SELECT 'version ' || version_num FROM alembic_version ORDER BY 1"));
        }
        if (lines.stream().anyMatch(l -> l.equals("relation public.migrations_history kind r"))) {
            lines.addAll(query(connection, "SELECT 'history ' || h::text FROM migrations_history h ORDER BY id"));
        }
        return lines;
    }

    private static List<String> query(Connection connection, String sql) throws SQLException {
        List<String> lines = new ArrayList<>();
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                lines.add(rs.getString(1));
            }
        }
        return lines;
    }
}
