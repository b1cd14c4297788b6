package io.migrations.java.scenarios;

import static io.migrations.ops.Dsl.alter;
import static io.migrations.ops.Types.BIGINT;
import static io.migrations.ops.Types.INTEGER;

import io.migrations.java.Migration;
import io.migrations.java.Revision;
import io.migrations.ops.Operations;

@Revision(id = "4e4e4e4e4e4e", down = "0a0a0a0a0a0a", message = "Widen logs.latency_ms to bigint")
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
