package io.migrations.java.scenarios;

import static io.migrations.ops.Dsl.update;

import io.migrations.java.Migration;
import io.migrations.java.Revision;
import io.migrations.ops.Operations;

/** {@code UPDATE logs SET status = 'error' WHERE error IS NOT NULL}, the value bound as a parameter. */
@Revision(id = "7b7b7b7b7b7b", down = "1b1b1b1b1b1b", message = "Mark logs with an error")
public class MarkErroredLogs implements Migration {

    @Override
    public void upgrade(Operations op) {
        op.execute(update("logs").set("status", "error").where("error IS NOT NULL"));
    }

    @Override
    public void downgrade(Operations op) {
        op.execute(update("logs").set("status", "ok").where("status = ?", "error").where("error IS NOT NULL"));
    }
}
