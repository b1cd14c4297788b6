package io.migrations.java.scenarios;

import static io.migrations.ops.Dsl.column;
import static io.migrations.ops.Types.TEXT;

import io.migrations.java.Migration;
import io.migrations.java.Revision;
import io.migrations.ops.Operations;

@Revision(id = "1b1b1b1b1b1b", down = "0a0a0a0a0a0a", message = "Add logs.error")
public class AddLogsError implements Migration {

    @Override
    public void upgrade(Operations op) {
        op.addColumn("logs", column("error", TEXT));
    }

    @Override
    public void downgrade(Operations op) {
        op.dropColumn("logs", "error");
    }
}
