package io.migrations.java.scenarios;

import static io.migrations.ops.Dsl.alter;
import static io.migrations.ops.Dsl.column;
import static io.migrations.ops.Dsl.foreignKey;
import static io.migrations.ops.Dsl.sql;
import static io.migrations.ops.Dsl.update;
import static io.migrations.ops.Types.INTEGER;
import static io.migrations.ops.Types.string;

import io.migrations.java.Migration;
import io.migrations.java.Revision;
import io.migrations.ops.ConstraintType;
import io.migrations.ops.Operations;
import java.util.List;
import java.util.Map;

/** Every log gets a workspace: add the column nullable, backfill the default workspace, then NOT NULL, then the key. */
@Revision(id = "6a6a6a6a6a6a", down = "0a0a0a0a0a0a", message = "Logs belong to workspaces")
public class AddLogsWorkspace implements Migration {

    static final String DEFAULT_WORKSPACE = "default";

    @Override
    public void upgrade(Operations op) {
        op.createTable("workspaces",
                column("id", INTEGER).primaryKey().autoincrement(),
                column("name", string(100)).notNull().unique());
        op.bulkInsert("workspaces", List.of(Map.of("name", DEFAULT_WORKSPACE)));
        op.addColumn("logs", column("workspace_id", INTEGER));
        op.execute(update("logs")
                .set("workspace_id", sql("(SELECT id FROM workspaces WHERE name = ?)", DEFAULT_WORKSPACE))
                .where("workspace_id IS NULL"));
        op.alterColumn(alter("logs", "workspace_id").setNotNull());
        op.createForeignKey("fk_logs_workspace_id", "logs", foreignKey("workspace_id").references("workspaces", "id"));
    }

    @Override
    public void downgrade(Operations op) {
        op.dropConstraint("fk_logs_workspace_id", "logs", ConstraintType.FOREIGN_KEY);
        op.dropColumn("logs", "workspace_id");
        op.dropTable("workspaces");
    }
}
