package io.migrations.internal.bookkeeping;

import io.migrations.internal.plan.VersionOp;
import io.migrations.internal.platform.Database;
import io.migrations.internal.platform.TableName;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Alembic's version table: one row per current head, in the exact layout Alembic creates, so that a
 * database migrated by Alembic is read as is and Alembic can read ours. Its SQL is spelled by the {@link Database}.
 */
public final class VersionTable {

    private final Database database;
    private final TableName table;
    private final String sql;
    private final Presence presence;

    /**
     * A table whose existence is asked for before each read.
     *
     * @param table the table; schema-qualified as found when connecting, so that a revision that changes the
     *              {@code search_path} does not move it
     */
    public VersionTable(Database database, TableName table) {
        this(database, table, Presence.UNKNOWN);
    }

    private VersionTable(Database database, TableName table, Presence presence) {
        this.database = database;
        this.table = table;
        this.sql = database.qualified(table);
        this.presence = presence;
    }

    /** The same table, known to exist or not as {@code seen} says. */
    VersionTable seen(Presence seen) {
        return new VersionTable(database, table, seen);
    }

    Database database() {
        return database;
    }

    /** The table's name. */
    public TableName table() {
        return table;
    }

    /** The DDL Alembic uses, with the constraint named {@code <table>_pkc} as Alembic names it. */
    public String createSql() {
        return "CREATE TABLE " + sql + " (\n    version_num VARCHAR(32) NOT NULL, \n    CONSTRAINT "
                + database.quoteIdentifier(table.name() + "_pkc") + " PRIMARY KEY (version_num)\n)";
    }

    /** Whether the table exists, as last seen by the run that resolved it. */
    public boolean exists(Connection connection) throws SQLException {
        return presence.exists(database, connection, table);
    }

    /** The revisions recorded as current, or an empty list when the table does not exist. */
    public List<String> read(Connection connection) throws SQLException {
        if (!exists(connection)) {
            return List.of();
        }
        List<String> heads = new ArrayList<>();
        try (Statement s = connection.createStatement();
             ResultSet rs = s.executeQuery("SELECT version_num FROM " + sql)) {
            while (rs.next()) {
                heads.add(rs.getString(1));
            }
        }
        return heads;
    }

    /** Applies version-table changes in order, checking each touches exactly one row as Alembic does. */
    public void apply(Connection connection, List<VersionOp> ops) throws SQLException {
        for (VersionOp op : ops) {
            try (PreparedStatement ps = connection.prepareStatement(sql(op, "?", "?"))) {
                bind(ps, op);
                requireOneRow(op, ps.executeUpdate());
            }
        }
    }

    /** Fails unless {@code op} changed exactly one row, as Alembic requires. */
    public void requireOneRow(VersionOp op, int rows) throws SQLException {
        if (rows != 1) {
            throw new SQLException(notOneRow(op).replace(Database.ROW_COUNT, Integer.toString(rows)));
        }
    }

    /** The SQL of one change with literal values, to travel in a batch with a revision's statements. */
    public String literalSql(VersionOp op) {
        if (op instanceof VersionOp.Update u) {
            return sql(op, database.literal(u.to()), database.literal(u.from()));
        }
        return sql(op, database.literal(revisionOf(op)), null);
    }

    /**
     * {@link #literalSql} that fails in the database unless it changes exactly one row, as {@link #requireOneRow}
     * would after it; empty where the database cannot check it (see {@link Database#oneRowWrite}).
     */
    public Optional<String> checkedSql(VersionOp op) {
        return database.oneRowWrite(literalSql(op), notOneRow(op));
    }

    private String notOneRow(VersionOp op) {
        return "Version table " + table + " changed " + Database.ROW_COUNT + " rows for " + op
                + " instead of one; another process may have changed it. Run 'current' to check.";
    }

    /**
     * The SQL of one change for an offline script. Alembic prints the {@code INSERT} with the {@code RETURNING}
     * clause SQLAlchemy adds where the database has it; doing the same lets the two tools' scripts be compared with
     * {@code diff}.
     */
    public String offlineSql(VersionOp op) {
        String literal = literalSql(op);
        return op instanceof VersionOp.Insert && database.hasInsertReturning()
                ? literal + " RETURNING " + sql + ".version_num"
                : literal;
    }

    /** {@code DROP TABLE} of this table, for an offline script that ends with no revision left. */
    public String dropSql() {
        return "DROP TABLE " + sql;
    }

    private String sql(VersionOp op, String first, String second) {
        if (op instanceof VersionOp.Insert) {
            return "INSERT INTO " + sql + " (version_num) VALUES (" + first + ")";
        }
        if (op instanceof VersionOp.Delete) {
            return "DELETE FROM " + sql + " WHERE " + sql + ".version_num = " + first;
        }
        return "UPDATE " + sql + " SET version_num=" + first + " WHERE " + sql + ".version_num = " + second;
    }

    private static void bind(PreparedStatement ps, VersionOp op) throws SQLException {
        if (op instanceof VersionOp.Update u) {
            ps.setString(1, u.to());
            ps.setString(2, u.from());
        } else {
            ps.setString(1, revisionOf(op));
        }
    }

    private static String revisionOf(VersionOp op) {
        if (op instanceof VersionOp.Insert i) {
            return i.revision();
        }
        return ((VersionOp.Delete) op).revision();
    }
}
