package io.migrations.test;

import io.migrations.MigrationsConfig;
import io.migrations.api.DatabaseException;
import io.migrations.internal.platform.TableName;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import javax.sql.DataSource;

/**
 * Reads and clears the user objects of a PostgreSQL database: everything outside the system schemas,
 * except the version and history tables that record migrations (they stay after a downgrade to base by design).
 */
final class Catalog {

    private static final String USER_SCHEMA = "n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg\\_%'";

    /** The version and history tables plus what hangs on them: indexes (primary keys too) and owned sequences. */
    private static final String EXCLUDED = """
            WITH tracked AS (
              SELECT t::oid AS oid FROM unnest(ARRAY[to_regclass(?), to_regclass(?)]) AS t WHERE t IS NOT NULL),
            excluded AS (
              SELECT oid FROM tracked
              UNION SELECT i.indexrelid FROM pg_index i JOIN tracked t ON i.indrelid = t.oid
              UNION SELECT d.objid FROM pg_depend d JOIN tracked t ON d.refobjid = t.oid
                    WHERE d.classid = 'pg_class'::regclass AND d.refclassid = 'pg_class'::regclass)
            """;

    private static final String RELATION_NAME = "quote_ident(n.nspname) || '.' || quote_ident(c.relname)";

    /** A user relation {@code c} in schema {@code n}, not tracked and not part of an extension. */
    private static final String USER_RELATION = USER_SCHEMA + " AND c.oid NOT IN (SELECT oid FROM excluded) AND "
            + notInExtension("pg_class", "c.oid");

    private static final List<String> QUERIES = List.of(
            "SELECT 'schema ' || quote_ident(n.nspname) FROM pg_namespace n WHERE " + USER_SCHEMA,
            "SELECT 'extension ' || quote_ident(extname) FROM pg_extension",
            """
            SELECT CASE c.relkind WHEN 'r' THEN 'table ' WHEN 'p' THEN 'table ' WHEN 'v' THEN 'view '
                     WHEN 'm' THEN 'materialized view ' WHEN 'S' THEN 'sequence ' WHEN 'f' THEN 'foreign table '
                     ELSE 'index ' END || %s
                   || CASE WHEN c.relkind IN ('i', 'I') THEN ': ' || pg_get_indexdef(c.oid)
                           WHEN c.relkind IN ('v', 'm') THEN ': ' || pg_get_viewdef(c.oid) ELSE '' END
            FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
            WHERE c.relkind IN ('r', 'p', 'v', 'm', 'S', 'f', 'i', 'I') AND %s
            """.formatted(RELATION_NAME, USER_RELATION),
            """
            SELECT 'column ' || %s || '.' || quote_ident(a.attname) || ' ' || format_type(a.atttypid, a.atttypmod)
                   || CASE WHEN a.attnotnull THEN ' not null' ELSE '' END
                   || COALESCE(' default ' || pg_get_expr(d.adbin, d.adrelid), '')
            FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid JOIN pg_namespace n ON n.oid = c.relnamespace
                 LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
            WHERE a.attnum > 0 AND NOT a.attisdropped AND c.relkind IN ('r', 'p', 'f', 'c') AND %s
            """.formatted(RELATION_NAME, USER_RELATION),
            """
            SELECT 'constraint ' || %s || '.' || quote_ident(k.conname) || ': ' || pg_get_constraintdef(k.oid)
            FROM pg_constraint k JOIN pg_class c ON c.oid = k.conrelid JOIN pg_namespace n ON n.oid = c.relnamespace
            WHERE %s
            """.formatted(RELATION_NAME, USER_RELATION),
            """
            SELECT 'trigger ' || %s || '.' || quote_ident(t.tgname) || ': ' || pg_get_triggerdef(t.oid)
            FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid JOIN pg_namespace n ON n.oid = c.relnamespace
            WHERE NOT t.tgisinternal AND %s
            """.formatted(RELATION_NAME, USER_RELATION),
            """
            SELECT CASE p.prokind WHEN 'p' THEN 'procedure ' WHEN 'a' THEN 'aggregate ' ELSE 'function ' END
                   || quote_ident(n.nspname) || '.' || quote_ident(p.proname)
                   || '(' || pg_get_function_identity_arguments(p.oid) || ')'
                   || COALESCE(' returns ' || pg_get_function_result(p.oid), '') || ' [body ' || left(md5(p.prosrc), 8) || ']'
            FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
            WHERE %s AND %s
            """.formatted(USER_SCHEMA, notInExtension("pg_proc", "p.oid")),
            """
            SELECT CASE t.typtype WHEN 'e' THEN 'enum type ' WHEN 'd' THEN 'domain ' WHEN 'r' THEN 'range type '
                     WHEN 'm' THEN 'multirange type ' WHEN 'c' THEN 'composite type ' ELSE 'type ' END
                   || quote_ident(n.nspname) || '.' || quote_ident(t.typname)
            FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace
            WHERE t.typtype IN ('b', 'c', 'd', 'e', 'r', 'm') AND %s AND %s
              AND (t.typrelid = 0 OR (SELECT r.relkind FROM pg_class r WHERE r.oid = t.typrelid) = 'c')
              AND NOT EXISTS (SELECT 1 FROM pg_type e WHERE e.typarray = t.oid)
            """.formatted(USER_SCHEMA, notInExtension("pg_type", "t.oid")));

    private final DataSource dataSource;
    private final List<TableName> tracked;

    Catalog(DataSource dataSource, List<TableName> tracked) {
        if (tracked.size() != 2) {
            throw new IllegalArgumentException("expected the version and history tables, got " + tracked);
        }
        this.dataSource = dataSource;
        this.tracked = List.copyOf(tracked);
    }

    /** The catalog of the database that {@code config} migrates, ignoring its version and history tables. */
    static Catalog of(MigrationsConfig config) {
        return new Catalog(config.dataSource(), List.of(new TableName(config.schema(), config.versionTable()),
                new TableName(config.schema(), config.historyTable())));
    }

    /** Every user object now in the database. */
    CatalogSnapshot snapshot() {
        TreeSet<String> objects = new TreeSet<>();
        try (Connection connection = dataSource.getConnection()) {
            for (String query : QUERIES) {
                try (PreparedStatement statement = connection.prepareStatement(EXCLUDED + query)) {
                    statement.setString(1, tracked.get(0).sql());
                    statement.setString(2, tracked.get(1).sql());
                    try (ResultSet rows = statement.executeQuery()) {
                        while (rows.next()) {
                            objects.add(rows.getString(1));
                        }
                    }
                }
            }
        } catch (SQLException e) {
            throw new DatabaseException("Could not read the test database's catalog: " + e.getMessage(), e);
        }
        return new CatalogSnapshot(objects);
    }

    /**
     * Drops every user schema with everything in it, version and history tables included, and creates an empty
     * {@code public} schema, so the next check starts from a database no revision has touched.
     */
    void clear() {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            List<String> schemas = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery(
                    "SELECT quote_ident(n.nspname) FROM pg_namespace n WHERE " + USER_SCHEMA)) {
                while (rows.next()) {
                    schemas.add(rows.getString(1));
                }
            }
            String drop = schemas.isEmpty() ? "" : "DROP SCHEMA " + String.join(", ", schemas) + " CASCADE; ";
            statement.execute(drop + "CREATE SCHEMA public");
        } catch (SQLException e) {
            throw new DatabaseException("Could not empty the test database: " + e.getMessage(), e);
        }
    }

    private static String notInExtension(String catalog, String oid) {
        return "NOT EXISTS (SELECT 1 FROM pg_depend x WHERE x.classid = '" + catalog + "'::regclass AND x.objid = "
                + oid + " AND x.deptype = 'e')";
    }
}
