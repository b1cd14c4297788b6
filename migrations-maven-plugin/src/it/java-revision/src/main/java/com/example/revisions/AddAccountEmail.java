package com.example.revisions;

import io.migrations.java.Migration;
import io.migrations.java.Revision;
import io.migrations.ops.Operations;

@Revision(id = "ccc333", down = "bbb222", message = "Add an email to accounts")
public class AddAccountEmail implements Migration {

    @Override
    public void upgrade(Operations op) {
        op.execute("ALTER TABLE accounts ADD COLUMN email text");
    }

    @Override
    public void downgrade(Operations op) {
        op.execute("ALTER TABLE accounts DROP COLUMN email");
    }
}
