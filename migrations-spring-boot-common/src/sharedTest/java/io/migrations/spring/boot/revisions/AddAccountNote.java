package io.migrations.spring.boot.revisions;

import static io.migrations.ops.Dsl.column;
import static io.migrations.ops.Types.string;

import io.migrations.java.Migration;
import io.migrations.java.Revision;
import io.migrations.ops.Operations;

/** A Java revision on top of db/migrations, which an AOT-processed application instantiates reflectively. */
@Revision(id = "c3", down = "b2", message = "add account note")
public class AddAccountNote implements Migration {

    @Override
    public void upgrade(Operations op) {
        op.addColumn("account", column("note", string(200)));
    }

    @Override
    public void downgrade(Operations op) {
        op.dropColumn("account", "note");
    }
}
