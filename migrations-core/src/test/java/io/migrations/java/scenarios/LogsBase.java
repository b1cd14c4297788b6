package io.migrations.java.scenarios;

import static io.migrations.ops.Dsl.column;
import static io.migrations.ops.Dsl.sql;
import static io.migrations.ops.Types.DATETIME;
import static io.migrations.ops.Types.INTEGER;
import static io.migrations.ops.Types.numeric;
import static io.migrations.ops.Types.string;

import io.migrations.java.Migration;
import io.migrations.java.Revision;
import io.migrations.ops.Operations;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/** The schema the other scenarios change: users and their LLM call logs, with a few rows. */
@Revision(id = "0a0a0a0a0a0a", message = "Users and logs")
public class LogsBase implements Migration {

    @Override
    public void upgrade(Operations op) {
        op.createTable("users",
                column("id", INTEGER).primaryKey().autoincrement(),
                column("email", string(255)).notNull().unique());
        op.createTable("logs",
                column("id", INTEGER).primaryKey().autoincrement(),
                column("provider", string(50)).notNull(),
                column("cost", numeric(10, 4)),
                column("latency_ms", INTEGER),
                column("user_id", INTEGER),
                column("status", string(20)).notNull().serverDefault("ok"),
                column("created_at", DATETIME).notNull().serverDefault(sql("CURRENT_TIMESTAMP")));
        op.bulkInsert("users", List.of(Map.of("id", 1, "email", "ada@example.com"),
                Map.of("id", 2, "email", "alan@example.com")));
        op.bulkInsert("logs", List.of(
                Map.of("id", 1, "provider", "openai", "cost", new BigDecimal("0.0120"), "latency_ms", 850, "user_id", 1),
                Map.of("id", 2, "provider", "anthropic", "cost", new BigDecimal("0.0300"), "latency_ms", 1200,
                        "user_id", 2),
                Map.of("id", 3, "provider", "openai", "latency_ms", 40, "user_id", 1)));
    }

    @Override
    public void downgrade(Operations op) {
        op.dropTable("logs");
        op.dropTable("users");
    }
}
