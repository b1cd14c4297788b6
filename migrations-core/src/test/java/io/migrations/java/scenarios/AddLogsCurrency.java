package io.migrations.java.scenarios;

import static io.migrations.ops.Dsl.alter;
import static io.migrations.ops.Dsl.column;
import static io.migrations.ops.Dsl.update;
import static io.migrations.ops.Types.string;

import io.migrations.java.Migration;
import io.migrations.java.Revision;
import io.migrations.ops.Operations;

/** The three-step NOT NULL: add the column nullable, backfill it, then set NOT NULL. */
@Revision(id = "8c8c8c8c8c8c", down = "0a0a0a0a0a0a", message = "Add logs.currency")
public class AddLogsCurrency implements Migration {

    @Override
    public void upgrade(Operations op) {
        op.addColumn("logs", column("currency", string(3)));
        op.execute(update("logs").set("currency", "USD").where("currency IS NULL"));
        op.alterColumn(alter("logs", "currency").setNotNull());
    }

    @Override
    public void downgrade(Operations op) {
        op.dropColumn("logs", "currency");
    }
}
