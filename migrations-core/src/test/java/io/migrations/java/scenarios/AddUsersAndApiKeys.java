package io.migrations.java.scenarios;

import static io.migrations.ops.Dsl.check;
import static io.migrations.ops.Dsl.column;
import static io.migrations.ops.Dsl.foreignKey;
import static io.migrations.ops.Dsl.sql;
import static io.migrations.ops.ReferentialAction.CASCADE;
import static io.migrations.ops.Types.BOOLEAN;
import static io.migrations.ops.Types.DATETIME;
import static io.migrations.ops.Types.INTEGER;
import static io.migrations.ops.Types.TEXT;
import static io.migrations.ops.Types.string;

import io.migrations.java.Migration;
import io.migrations.java.Revision;
import io.migrations.ops.Operations;

/** The example, plus API keys owned by users. */
@Revision(id = "8f97975fec5c", message = "Add users and api_keys tables")
public class AddUsersAndApiKeys implements Migration {

    @Override
    public void upgrade(Operations op) {
        op.createTable("users",
                column("id", INTEGER).primaryKey().autoincrement(),
                column("email", string(255)).notNull().unique(),
                column("name", string(255)),
                column("created_at", DATETIME).serverDefault(sql("CURRENT_TIMESTAMP")));
        op.createIndex("ix_users_email", "users", "email");
        op.createTable("api_keys",
                column("id", INTEGER).primaryKey().autoincrement(),
                column("user_id", INTEGER).notNull(),
                column("key_hash", string(64)).notNull().unique(),
                column("label", TEXT),
                column("revoked", BOOLEAN).notNull().serverDefault(false),
                column("uses", INTEGER).notNull().serverDefault(0),
                foreignKey("user_id").references("users", "id").onDelete(CASCADE),
                check("uses >= 0").named("ck_api_keys_uses"));
    }

    @Override
    public void downgrade(Operations op) {
        op.dropTable("api_keys");
        op.dropIndex("ix_users_email");
        op.dropTable("users");
    }
}
