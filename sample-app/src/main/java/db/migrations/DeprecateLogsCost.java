package db.migrations;

import static io.migrations.ops.Dsl.alter;

import io.migrations.java.Migration;
import io.migrations.java.Revision;
import io.migrations.ops.Operations;

/** The first half of removing a column: rename it so that any code still reading it fails loudly. */
@Revision(id = "8f9d50f9a26e", down = "2e279922509e", message = "Rename logs.cost to cost_deprecated",
        createDate = "2026-11-06 09:30:00")
public class DeprecateLogsCost implements Migration {

    @Override
    public void upgrade(Operations op) {
        op.alterColumn(alter("logs", "cost").renameTo("cost_deprecated"));
    }

    @Override
    public void downgrade(Operations op) {
        op.alterColumn(alter("logs", "cost_deprecated").renameTo("cost"));
    }
}
