package db.migrations;

import static io.migrations.ops.Dsl.index;

import io.migrations.java.Migration;
import io.migrations.java.Revision;
import io.migrations.ops.IndexOption;
import io.migrations.ops.Operations;

/**
 * The workspace log listing's index, built without locking writes to {@code logs}. PostgreSQL refuses
 * {@code CONCURRENTLY} inside a transaction, hence {@code transactional = false}; on H2 the index is built the
 * plain way.
 */
@Revision(id = "03dacfff8ecd", down = "e21450ca5738", message = "Index logs by workspace and time, concurrently",
        createDate = "2026-11-14 08:00:00", transactional = false)
public class IndexLogsByWorkspaceConcurrently implements Migration {

    @Override
    public void upgrade(Operations op) {
        op.createIndex(index("ix_logs_workspace_created_at", "logs", "workspace_id", "created_at").concurrently());
    }

    @Override
    public void downgrade(Operations op) {
        op.dropIndex("ix_logs_workspace_created_at", IndexOption.CONCURRENTLY, IndexOption.IF_EXISTS);
    }
}
