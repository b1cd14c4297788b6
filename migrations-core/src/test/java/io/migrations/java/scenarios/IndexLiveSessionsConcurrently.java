package io.migrations.java.scenarios;

import static io.migrations.ops.Dsl.column;
import static io.migrations.ops.Dsl.index;
import static io.migrations.ops.Types.DATETIME;
import static io.migrations.ops.Types.INTEGER;
import static io.migrations.ops.Types.TEXT;

import io.migrations.java.Migration;
import io.migrations.java.Revision;
import io.migrations.ops.IndexOption;
import io.migrations.ops.Operations;

/** A partial unique index built concurrently: PostgreSQL only, and only outside a transaction. */
@Revision(id = "bfbfbfbfbfbf", message = "One live session per user", transactional = false)
public class IndexLiveSessionsConcurrently implements Migration {

    @Override
    public void upgrade(Operations op) {
        op.createTable("sessions",
                column("id", INTEGER).primaryKey(),
                column("user_email", TEXT).notNull(),
                column("deleted_at", DATETIME));
        op.createIndex(index("ix_sessions_live", "sessions", "user_email").unique().where("deleted_at IS NULL")
                .concurrently());
    }

    @Override
    public void downgrade(Operations op) {
        op.dropIndex("ix_sessions_live", IndexOption.CONCURRENTLY, IndexOption.IF_EXISTS);
        op.dropTable("sessions");
    }
}
