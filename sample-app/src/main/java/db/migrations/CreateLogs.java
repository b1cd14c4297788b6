package db.migrations;

import static io.migrations.ops.Dsl.column;
import static io.migrations.ops.Dsl.sql;
import static io.migrations.ops.Types.BIGINT;
import static io.migrations.ops.Types.DATETIME_TZ;
import static io.migrations.ops.Types.INTEGER;
import static io.migrations.ops.Types.numeric;
import static io.migrations.ops.Types.string;

import io.migrations.java.Migration;
import io.migrations.java.Revision;
import io.migrations.ops.Operations;

/** One row per call to an LLM provider. The common tasks that follow all change this table. */
@Revision(id = "e8e5fe1033e9", down = "d84821628ec9", message = "Create logs", createDate = "2026-11-04 11:45:00")
public class CreateLogs implements Migration {

    @Override
    public void upgrade(Operations op) {
        op.createTable("logs",
                column("id", BIGINT).primaryKey().autoincrement(),
                column("user_id", BIGINT),
                column("provider", string(50)).notNull(),
                column("model", string(100)),
                column("cost", numeric(10, 4)),
                column("latency_ms", INTEGER),
                column("status", string(20)).notNull().serverDefault("ok"),
                column("created_at", DATETIME_TZ).notNull().serverDefault(sql("CURRENT_TIMESTAMP")));
    }

    @Override
    public void downgrade(Operations op) {
        op.dropTable("logs");
    }
}
