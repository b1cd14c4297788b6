package io.migrations.db;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Locale;

/** Table look-ups that work on every JDBC driver. */
public final class Tables {

    private Tables() {
    }

    /**
     * Whether {@code table} exists. Tries the name as written and in both cases, because databases
     * fold unquoted names differently (PostgreSQL to lower case, H2 to upper case).
     */
    public static boolean exists(Connection connection, TableName table) throws SQLException {
        DatabaseMetaData meta = connection.getMetaData();
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
}
