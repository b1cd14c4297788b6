package io.migrations.internal.bookkeeping;

import io.migrations.api.SettingException;
import io.migrations.internal.platform.TableName;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * The version and history tables as PostgreSQL resolves their names: in the configured schema, or else the current
 * one, with the schema named as the server reports it. However a run spells them ({@code alembic_version} or
 * {@code public.alembic_version}), the same tables resolve the same, so every run takes the same migration lock.
 *
 * @param versions the version table, schema-qualified
 * @param history  the history table, schema-qualified
 */
public record BookkeepingTables(TableName versions, TableName history) {

    /** The column Alembic's version table has, and nothing else does by chance. */
    private static final String VERSION_COLUMN = "version_num";
    /** The columns the history table is written through. */
    private static final Set<String> HISTORY_COLUMNS = Set.of("id", "revision", "down_revisions", "direction", "message",
            "checksum", "applied_at", "applied_by", "duration_ms", "success", "statements_run", "error");

    private static final String QUERY = "SELECT n.nspname, " + columns("?") + ", " + columns("?")
            + " FROM pg_catalog.pg_namespace n WHERE n.nspname = COALESCE(?, current_schema())";

    private static String columns(String table) {
        return "(SELECT string_agg(a.attname, ',' ORDER BY a.attnum) FROM pg_catalog.pg_class c "
                + "JOIN pg_catalog.pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped "
                + "WHERE c.relnamespace = n.oid AND c.relname = " + table + " AND c.relkind IN ('r', 'p'))";
    }

    /**
     * Resolves both tables in one round trip and checks that each, if it exists, is what its name says.
     *
     * @param versions as configured; its schema, when set, is the schema of both
     * @param history  as configured
     * @throws SettingException when the schema does not exist (or none on the search path does), or a table of that
     *                          name exists and is not a version or history table
     */
    public static BookkeepingTables resolve(Connection connection, TableName versions, TableName history)
            throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(QUERY)) {
            ps.setString(1, versions.name());
            ps.setString(2, history.name());
            ps.setString(3, versions.schema());
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new SettingException(versions.schema() != null
                            ? "The schema '" + versions.schema() + "' set for the version and history tables does not "
                                    + "exist. Create it (CREATE SCHEMA " + TableName.quote(versions.schema()) + ") or fix "
                                    + "the schema setting."
                            : "No schema to keep the version table in: none of the schemas on the search_path exists. "
                                    + "Create one, or set the schema.");
                }
                TableName resolvedVersions = new TableName(rs.getString(1), versions.name());
                TableName resolvedHistory = new TableName(rs.getString(1), history.name());
                check(resolvedVersions, rs.getString(2), Set.of(VERSION_COLUMN), "version table",
                        "a version table has the column " + VERSION_COLUMN);
                check(resolvedHistory, rs.getString(3), HISTORY_COLUMNS, "history table",
                        "a history table has the columns " + String.join(", ", HISTORY_COLUMNS.stream().sorted().toList()));
                return new BookkeepingTables(resolvedVersions, resolvedHistory);
            }
        }
    }

    private static void check(TableName table, String columnList, Set<String> required, String role, String shape) {
        if (columnList == null) {
            return;
        }
        List<String> columns = Arrays.asList(columnList.split(","));
        if (!columns.containsAll(required)) {
            throw new SettingException("The table " + table + " exists but is not a " + role + " (its columns: "
                    + String.join(", ", columns) + "; " + shape + "). Set another " + role + " name, or rename the table.");
        }
    }
}
