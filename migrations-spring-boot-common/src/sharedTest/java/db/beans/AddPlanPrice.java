package db.beans;

import static io.migrations.ops.Dsl.column;
import static io.migrations.ops.Types.INTEGER;

import io.migrations.java.Migration;
import io.migrations.java.Revision;
import io.migrations.ops.Operations;

/** A Java revision found by scanning its package, next to one that is a bean. */
@Revision(id = "j3", down = "j2", message = "Add plan price")
public class AddPlanPrice implements Migration {

    @Override
    public void upgrade(Operations op) {
        op.addColumn("plan", column("price", INTEGER));
    }

    @Override
    public void downgrade(Operations op) {
        op.dropColumn("plan", "price");
    }
}
