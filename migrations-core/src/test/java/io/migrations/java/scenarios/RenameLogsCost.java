package io.migrations.java.scenarios;

import static io.migrations.ops.Dsl.alter;

import io.migrations.java.Migration;
import io.migrations.java.Revision;
import io.migrations.ops.Operations;

@Revision(id = "3d3d3d3d3d3d", down = "0a0a0a0a0a0a", message = "Deprecate logs.cost")
public class RenameLogsCost implements Migration {

    @Override
    public void upgrade(Operations op) {
        op.alterColumn(alter("logs", "cost").renameTo("cost_deprecated"));
    }

    @Override
    public void downgrade(Operations op) {
        op.alterColumn(alter("logs", "cost_deprecated").renameTo("cost"));
    }
}
