package io.migrations.internal.engine;

import io.migrations.api.Direction;
import io.migrations.api.IrreversibleException;
import io.migrations.api.Revision;
import io.migrations.api.Timeouts;
import io.migrations.api.TransactionPer;
import io.migrations.internal.bookkeeping.VersionTable;
import io.migrations.internal.plan.Step;
import io.migrations.internal.plan.VersionOp;
import io.migrations.internal.platform.Database;
import io.migrations.internal.script.Script;
import io.migrations.internal.script.StatementSource;
import io.migrations.internal.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Renders a plan as the SQL script that would run it, for review or for a DBA to apply: the layout of Alembic's
 * offline mode ({@code --sql}), with the transactions the {@link Executor} would use. Per revision (Alembic's
 * {@code transaction_per_migration}) each step is one {@code BEGIN; … COMMIT;} block holding a
 * {@code -- Running …} comment, the revision's statements and the version-table changes; per run (Alembic's
 * default) consecutive transactional steps share one block. The version table is created in the first block when it
 * does not exist yet, and dropped at the end when no revision is left, as Alembic does.
 *
 * <p>Non-transactional revisions end the block before them and print their statements outside a transaction,
 * followed by a block with the version-table changes. The history table is not written: a script applied by hand leaves no history rows,
 * like a database migrated by Alembic.
 */
public final class OfflineSqlWriter {

    private final Database database;
    private final VersionTable versions;
    private final Map<String, Script> scripts;
    private final Timeouts timeouts;
    private final TransactionPer transactionPer;

    /**
     * @param database renders Java revisions, literals and its parameters
     * @param versions the version table the script updates
     * @param scripts  the scripts of the revisions in the plan, by id
     * @param timeouts written as {@code SET LOCAL} at the top of each transaction, as the executor sets them
     * @param transactionPer whether each transactional step gets a block of its own, or consecutive ones share one
     */
    public OfflineSqlWriter(Database database, VersionTable versions, Map<String, Script> scripts, Timeouts timeouts,
                            TransactionPer transactionPer) {
        this.database = database;
        this.versions = versions;
        this.scripts = Map.copyOf(scripts);
        this.timeouts = timeouts;
        this.transactionPer = transactionPer;
    }

    /**
     * The script of {@code steps}.
     *
     * @param heads              the version table rows the plan starts from
     * @param versionTableExists whether the version table exists already; when false it is created in the first
     *                           block that starts with no rows
     * @throws IrreversibleException when a downgrade step's revision has no downgrade
     */
    public String write(List<String> heads, boolean versionTableExists, List<Step> steps) {
        StringBuilder sql = new StringBuilder();
        List<String> rows = new ArrayList<>(heads);
        boolean tableExists = versionTableExists;
        boolean open = false;
        for (Step step : steps) {
            boolean transactional = step.revision().map(r -> scripts.get(r.id()).transactional()).orElse(true);
            if (open && !transactional) {
                line(sql, "COMMIT;");
                open = false;
            }
            if (transactional && !open) {
                begin(sql);
                open = true;
            }
            if (!tableExists && rows.isEmpty()) {
                line(sql, versions.createSql() + ";");
                tableExists = true;
            }
            line(sql, "-- Running " + step.shortDescription());
            for (Statement statement : statements(step)) {
                line(sql, terminate(database.inline(statement)));
            }
            if (!transactional) {
                line(sql, "BEGIN;");
            }
            for (VersionOp op : step.versionOps()) {
                line(sql, versions.offlineSql(op) + ";");
                op.applyTo(rows);
            }
            if (!transactional || transactionPer == TransactionPer.REVISION) {
                line(sql, "COMMIT;");
                open = false;
            }
        }
        if (open) {
            line(sql, "COMMIT;");
        }
        if (rows.isEmpty()) {
            line(sql, versions.dropSql() + ";");
        }
        return sql.toString();
    }

    /** Opens a revision's transaction with the timeouts the executor would set in it. */
    private void begin(StringBuilder sql) {
        line(sql, "BEGIN;");
        database.timeoutStatements(timeouts, Database.Scope.TRANSACTION).forEach(set -> line(sql, set + ";"));
    }

    private List<Statement> statements(Step step) {
        if (step.direction() == Direction.STAMP) {
            return List.of();
        }
        Revision revision = step.revision().orElseThrow();
        Script script = scripts.get(revision.id());
        StatementSource source = step.direction() == Direction.UPGRADE ? script.upgrade()
                : script.downgrade().orElseThrow(() -> new IrreversibleException("Cannot write the downgrade of "
                        + "revision " + revision.id() + " (" + revision.location() + "): it has no downgrade section. "
                        + "Add a downgrade, or choose a target above it."));
        return source.statements(database);
    }

    /** Ends a statement with {@code ;}, on a line of its own when the last line is a comment. */
    private static String terminate(String sql) {
        String lastLine = sql.substring(sql.lastIndexOf('\n') + 1);
        return sql + (lastLine.contains("--") ? "\n;" : ";");
    }

    private static void line(StringBuilder sql, String text) {
        sql.append(text).append("\n\n");
    }
}
