package io.migrations.java.scenarios;

import static io.migrations.ops.Dsl.alter;
import static io.migrations.ops.Dsl.sql;
import static io.migrations.ops.Types.INTEGER;
import static io.migrations.ops.Types.string;

import io.migrations.java.Migration;
import io.migrations.java.Revision;
import io.migrations.ops.Operations;

/** A type change with USING on a column whose default would not cast, which PostgreSQL refuses without the hint. */
@Revision(id = "aeaeaeaeaeae", message = "Task priority becomes a number")
public class ConvertTaskPriority implements Migration {

    @Override
    public void upgrade(Operations op) {
        op.alterColumn(alter("tasks", "priority").setType(INTEGER, "CAST(priority AS INTEGER)")
                .existingServerDefault(sql("'0'")));
    }

    @Override
    public void downgrade(Operations op) {
        op.alterColumn(alter("tasks", "priority").setType(string(10), "CAST(priority AS VARCHAR(10))")
                .existingServerDefault(sql("0")).setServerDefault("0"));
    }
}
