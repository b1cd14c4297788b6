package io.migrations.java.mixed;

import static io.migrations.ops.Dsl.column;
import static io.migrations.ops.Types.string;

import io.migrations.java.Migration;
import io.migrations.java.Revision;
import io.migrations.ops.Operations;

/** A Java revision whose parent is the SQL revision next to it. */
@Revision(id = "2b3c4d5e6f7a", down = "1a2b3c4d5e6f", message = "Add accounts.email")
public class AddAccountEmail implements Migration {

    @Override
    public void upgrade(Operations op) {
        op.addColumn("accounts", column("email", string(255)).unique());
    }

    @Override
    public void downgrade(Operations op) {
        op.dropColumn("accounts", "email");
    }
}
