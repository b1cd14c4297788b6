package db.migrations;

import static io.migrations.ops.Dsl.column;
import static io.migrations.ops.Types.string;

import io.migrations.java.Migration;
import io.migrations.java.Revision;
import io.migrations.ops.ConstraintType;
import io.migrations.ops.Operations;

/** Starts the {@code billing} branch, developed alongside {@code auth} and joined with it by a merge revision. */
@Revision(id = "9ab4b1a233d3", down = "03dacfff8ecd", branchLabels = "billing", message = "Workspaces have a plan",
        createDate = "2026-11-17 09:00:00")
public class AddWorkspacePlans implements Migration {

    @Override
    public void upgrade(Operations op) {
        op.addColumn("workspaces", column("plan", string(20)).notNull().serverDefault("free"));
        op.createCheckConstraint("ck_workspaces_plan", "workspaces", "plan IN ('free', 'team', 'enterprise')");
    }

    @Override
    public void downgrade(Operations op) {
        op.dropConstraint("ck_workspaces_plan", "workspaces", ConstraintType.CHECK);
        op.dropColumn("workspaces", "plan");
    }
}
