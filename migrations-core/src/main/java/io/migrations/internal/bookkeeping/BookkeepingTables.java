package io.migrations.internal.bookkeeping;

import io.migrations.api.SettingException;
import io.migrations.internal.platform.Database;
import io.migrations.internal.platform.TableName;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The version and history tables of one run, named as the server resolves them when connecting: in the configured
 * schema, or else the current one, with the schema named as the server reports it. However a run spells them
 * ({@code alembic_version} or {@code public.alembic_version}), the same tables resolve the same, so every run takes
 * the same migration lock; and since every write names the schema, a revision that changes the {@code search_path}
 * (as pg_dump's header does) cannot send the bookkeeping elsewhere.
 *
 * @param versions the version table
 * @param history  the history table
 */
public record BookkeepingTables(VersionTable versions, HistoryTable history) {

    /** The column Alembic's version table has, and nothing else does by chance. */
    private static final String VERSION_COLUMN = "version_num";
    /** The columns the history table is written through. */
    private static final Set<String> HISTORY_COLUMNS = Set.of("id", "revision", "down_revisions", "direction", "message",
            "checksum", "applied_at", "applied_by", "duration_ms", "success", "statements_run", "error");

    /** The tables as configured, unresolved: for a script written without connecting. */
    public static BookkeepingTables configured(Database database, TableName versions, TableName history) {
        return new BookkeepingTables(new VersionTable(database, versions), new HistoryTable(database, history));
    }

    /**
     * Resolves both tables in one round trip and checks that each, if it exists, is what its name says. The tables
     * remember whether they were found, so reading them asks the database nothing more; look {@link #again} under
     * the migration lock before relying on a table being missing.
     *
     * @param versions as configured; its schema, when set, is the schema of both
     * @param history  as configured
     * @throws SettingException when the schema does not exist (or none on the search path does), or a table of that
     *                          name exists and is not a version or history table
     */
    public static BookkeepingTables resolve(Connection connection, Database database, TableName versions,
                                            TableName history) throws SQLException {
        Database.Found found = database.find(connection, versions.schema(), List.of(versions.name(), history.name()))
                .orElseThrow(() -> new SettingException(versions.schema() != null
                        ? "The schema '" + versions.schema() + "' set for the version and history tables does not "
                                + "exist. Create it (CREATE SCHEMA " + database.quoteIdentifier(versions.schema())
                                + ") or fix the schema setting."
                        : "No schema to keep the version table in: none of the schemas on the search_path exists. "
                                + "Create one, or set the schema."));
        TableName resolvedVersions = versions.in(found.schema());
        TableName resolvedHistory = history.in(found.schema());
        check(resolvedVersions, found.columns().get(versions.name()), Set.of(VERSION_COLUMN), "version table",
                "a version table has the column " + VERSION_COLUMN);
        check(resolvedHistory, found.columns().get(history.name()), HISTORY_COLUMNS, "history table",
                "a history table has the columns " + String.join(", ", HISTORY_COLUMNS.stream().sorted().toList()));
        return new BookkeepingTables(new VersionTable(database, resolvedVersions).seen(presence(found, versions)),
                new HistoryTable(database, resolvedHistory).seen(presence(found, history)));
    }

    /**
     * The same tables, resolved again in one round trip: what a run that now holds the migration lock relies on,
     * since another run may have created them since they were first seen.
     */
    public BookkeepingTables again(Connection connection) throws SQLException {
        return resolve(connection, versions.database(), versions.table(), history.table());
    }

    /**
     * Creates whichever table is missing; the tables returned are known to exist. Call under the migration lock. A new
     * schema needs both: where the database batches statements they go in one round trip, which commits both or
     * neither.
     */
    public BookkeepingTables createMissing(Connection connection) throws SQLException {
        List<String> missing = new ArrayList<>();
        if (!versions.exists(connection)) {
            missing.add(versions.createSql());
        }
        if (!history.exists(connection)) {
            missing.add(history.createSql());
        }
        try (Statement statement = connection.createStatement()) {
            if (missing.size() > 1 && versions.database().batchesTransactionalRevisions()) {
                for (String sql : missing) {
                    statement.addBatch(sql);
                }
                statement.executeBatch();
            } else {
                for (String sql : missing) {
                    statement.execute(sql);
                }
            }
        }
        return new BookkeepingTables(versions.seen(Presence.FOUND), history.seen(Presence.FOUND));
    }

    private static Presence presence(Database.Found found, TableName table) {
        return found.columns().containsKey(table.name()) ? Presence.FOUND : Presence.MISSING;
    }

    private static void check(TableName table, List<String> columns, Set<String> required, String role, String shape) {
        if (columns == null) {
            return;
        }
        if (!columns.containsAll(required)) {
            throw new SettingException("The table " + table + " exists but is not a " + role + " (its columns: "
                    + String.join(", ", columns) + "; " + shape + "). Set another " + role + " name, or rename the table.");
        }
    }
}
