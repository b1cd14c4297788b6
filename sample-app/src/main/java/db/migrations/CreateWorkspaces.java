package db.migrations;

import static io.migrations.ops.Dsl.column;
import static io.migrations.ops.Dsl.sql;
import static io.migrations.ops.Types.BIGINT;
import static io.migrations.ops.Types.DATETIME_TZ;
import static io.migrations.ops.Types.string;

import io.migrations.java.Migration;
import io.migrations.java.Revision;
import io.migrations.ops.Operations;

@Revision(id = "d9713599a91a", down = "4b768340b873", message = "Create workspaces",
        createDate = "2026-11-03 09:10:00")
public class CreateWorkspaces implements Migration {

    @Override
    public void upgrade(Operations op) {
        op.createTable("workspaces",
                column("id", BIGINT).primaryKey().autoincrement(),
                column("name", string(100)).notNull(),
                column("slug", string(100)).notNull().unique(),
                column("created_at", DATETIME_TZ).notNull().serverDefault(sql("CURRENT_TIMESTAMP")));
    }

    @Override
    public void downgrade(Operations op) {
        op.dropTable("workspaces");
    }
}
