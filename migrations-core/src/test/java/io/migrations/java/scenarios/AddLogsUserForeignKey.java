package io.migrations.java.scenarios;

import static io.migrations.ops.Dsl.foreignKey;
import static io.migrations.ops.ReferentialAction.CASCADE;

import io.migrations.java.Migration;
import io.migrations.java.Revision;
import io.migrations.ops.ConstraintType;
import io.migrations.ops.Operations;

@Revision(id = "5f5f5f5f5f5f", down = "0a0a0a0a0a0a", message = "Logs belong to users")
public class AddLogsUserForeignKey implements Migration {

    @Override
    public void upgrade(Operations op) {
        op.createForeignKey("fk_logs_user_id", "logs", foreignKey("user_id").references("users", "id").onDelete(CASCADE));
    }

    @Override
    public void downgrade(Operations op) {
        op.dropConstraint("fk_logs_user_id", "logs", ConstraintType.FOREIGN_KEY);
    }
}
