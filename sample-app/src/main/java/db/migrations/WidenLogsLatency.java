package db.migrations;

import static io.migrations.ops.Dsl.alter;
import static io.migrations.ops.Types.BIGINT;
import static io.migrations.ops.Types.INTEGER;

import io.migrations.java.Migration;
import io.migrations.java.Revision;
import io.migrations.ops.Operations;

@Revision(id = "942e91a72a2c", down = "8f9d50f9a26e", message = "Change logs.latency_ms from integer to bigint",
        createDate = "2026-11-06 15:00:00")
public class WidenLogsLatency implements Migration {

    @Override
    public void upgrade(Operations op) {
        op.alterColumn(alter("logs", "latency_ms").setType(BIGINT));
    }

    @Override
    public void downgrade(Operations op) {
        op.alterColumn(alter("logs", "latency_ms").setType(INTEGER));
    }
}
