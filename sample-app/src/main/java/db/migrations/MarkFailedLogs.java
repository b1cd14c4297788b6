package db.migrations;

import static io.migrations.ops.Dsl.update;

import io.migrations.java.Migration;
import io.migrations.java.Revision;
import io.migrations.ops.Operations;

/** A data migration: logs that recorded an error get the status the application now writes for them. */
@Revision(id = "d944a7244af3", down = "258db7c6454e", message = "Set status 'error' on logs with an error",
        createDate = "2026-11-11 09:00:00")
public class MarkFailedLogs implements Migration {

    @Override
    public void upgrade(Operations op) {
        op.execute(update("logs").set("status", "error").where("error IS NOT NULL"));
    }

    @Override
    public void downgrade(Operations op) {
        op.execute(update("logs").set("status", "ok").where("status = ?", "error").where("error IS NOT NULL"));
    }
}
