package db.migrations;

import static io.migrations.ops.Dsl.column;
import static io.migrations.ops.Types.string;

import io.migrations.java.Migration;
import io.migrations.java.Revision;
import io.migrations.ops.ConstraintType;
import io.migrations.ops.Operations;

/** Second revision of the {@code auth} branch. */
@Revision(id = "5f0ce56c2b01", down = "eec0ecf1332c", message = "Users have a role",
        createDate = "2026-11-16 15:00:00")
public class AddUserRoles implements Migration {

    @Override
    public void upgrade(Operations op) {
        op.addColumn("users", column("role", string(20)).notNull().serverDefault("member"));
        op.createCheckConstraint("ck_users_role", "users", "role IN ('member', 'admin')");
    }

    @Override
    public void downgrade(Operations op) {
        op.dropConstraint("ck_users_role", "users", ConstraintType.CHECK);
        op.dropColumn("users", "role");
    }
}
