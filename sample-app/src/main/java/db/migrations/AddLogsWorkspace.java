package db.migrations;

import static io.migrations.ops.Dsl.alter;
import static io.migrations.ops.Dsl.column;
import static io.migrations.ops.Dsl.foreignKey;
import static io.migrations.ops.Dsl.sql;
import static io.migrations.ops.Dsl.update;
import static io.migrations.ops.ReferentialAction.CASCADE;
import static io.migrations.ops.Types.BIGINT;

import io.migrations.java.Migration;
import io.migrations.java.Revision;
import io.migrations.ops.ConstraintType;
import io.migrations.ops.Operations;

/**
 * Every log belongs to a workspace. Several changes in one transaction, so no reader ever sees half of them: add the
 * column nullable, make sure the default workspace exists, backfill existing logs with it, then NOT NULL and the key.
 */
@Revision(id = "258db7c6454e", down = "f83bbce7d6d2", message = "Logs belong to workspaces",
        createDate = "2026-11-10 10:00:00")
public class AddLogsWorkspace implements Migration {

    /** Slug of the workspace that owns the logs written before workspaces existed. */
    public static final String DEFAULT_WORKSPACE = "default";

    @Override
    public void upgrade(Operations op) {
        op.addColumn("logs", column("workspace_id", BIGINT));
        // Someone may already have created it through the API; the backfill needs exactly one.
        op.execute("INSERT INTO workspaces (name, slug) SELECT ?, ? WHERE NOT EXISTS "
                + "(SELECT 1 FROM workspaces WHERE slug = ?)", "Default workspace", DEFAULT_WORKSPACE, DEFAULT_WORKSPACE);
        op.execute(update("logs")
                .set("workspace_id", sql("(SELECT id FROM workspaces WHERE slug = ?)", DEFAULT_WORKSPACE))
                .where("workspace_id IS NULL"));
        op.alterColumn(alter("logs", "workspace_id").setNotNull());
        op.createForeignKey("fk_logs_workspace_id", "logs",
                foreignKey("workspace_id").references("workspaces", "id").onDelete(CASCADE));
    }

    @Override
    public void downgrade(Operations op) {
        op.dropConstraint("fk_logs_workspace_id", "logs", ConstraintType.FOREIGN_KEY);
        op.dropColumn("logs", "workspace_id");
        // The default workspace stays when API keys use it: deleting it would cascade to them.
        op.execute("DELETE FROM workspaces WHERE slug = ? AND NOT EXISTS "
                + "(SELECT 1 FROM api_keys WHERE api_keys.workspace_id = workspaces.id)", DEFAULT_WORKSPACE);
    }
}
