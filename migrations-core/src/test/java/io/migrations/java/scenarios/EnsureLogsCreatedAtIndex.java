package io.migrations.java.scenarios;

import static io.migrations.ops.Dsl.index;

import io.migrations.java.Migration;
import io.migrations.java.Revision;
import io.migrations.ops.IndexOption;
import io.migrations.ops.Operations;

/** Idempotent: {@code CREATE INDEX IF NOT EXISTS}, {@code DROP INDEX IF EXISTS}. */
@Revision(id = "9d9d9d9d9d9d", down = "0a0a0a0a0a0a", message = "Ensure an index on logs.created_at")
public class EnsureLogsCreatedAtIndex implements Migration {

    @Override
    public void upgrade(Operations op) {
        op.createIndex(index("ix_logs_created_at", "logs", "created_at").ifNotExists());
    }

    @Override
    public void downgrade(Operations op) {
        op.dropIndex("ix_logs_created_at", IndexOption.IF_EXISTS);
    }
}
