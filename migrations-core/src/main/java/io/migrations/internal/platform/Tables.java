package io.migrations.internal.platform;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Locale;

/** Table look-ups that work on every JDBC driver. */
public final class Tables {

    private Tables() {
    }

    /**
     * Whether {@code table} exists. On PostgreSQL, one catalog query for the name exactly as {@link TableName#sql()}
     * writes it, in its schema or else the current one (where Alembic looks too). Elsewhere, through JDBC metadata,
     * trying the name as written and in both cases, because databases fold unquoted names differently (H2 to upper case).
     */
    public static boolean exists(Connection connection, TableName table) throws SQLException {
        DatabaseMetaData meta = connection.getMetaData();
        if ("PostgreSQL".equals(meta.getDatabaseProductName())) {
            return existsOnPostgres(connection, table);
        }
        String schema = table.schema() != null ? table.schema() : connection.getSchema();
        for (String name : new String[] {table.name(), table.name().toUpperCase(Locale.ROOT), table.name().toLowerCase(Locale.ROOT)}) {
            for (String s : schema == null ? new String[] {null} : new String[] {schema, schema.toUpperCase(Locale.ROOT), schema.toLowerCase(Locale.ROOT)}) {
                try (ResultSet rs = meta.getTables(null, s, name, new String[] {"TABLE", "BASE TABLE"})) {
                    if (rs.next()) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static boolean existsOnPostgres(Connection connection, TableName table) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("SELECT EXISTS (SELECT 1 FROM pg_catalog.pg_class c "
                + "JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace WHERE c.relname = ? "
                + "AND n.nspname = COALESCE(?, current_schema()) AND c.relkind IN ('r', 'p'))")) {
            ps.setString(1, table.name());
            ps.setString(2, table.schema());
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() && rs.getBoolean(1);
            }
        }
    }
}
