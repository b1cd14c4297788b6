package db.migrations;

import static io.migrations.ops.Dsl.update;

import io.migrations.java.Migration;
import io.migrations.java.Revision;
import io.migrations.ops.Operations;

/**
 * Step 2 of 3 of making {@code logs.currency} NOT NULL: every existing log was billed in US dollars. A revision of its
 * own so that the application writing currencies can be deployed between step 1 and this backfill.
 */
@Revision(id = "a68a40bcf857", down = "e059da5af5a6", message = "Backfill logs.currency (step 2 of 3)",
        createDate = "2026-11-12 09:10:00")
public class BackfillLogsCurrency implements Migration {

    @Override
    public void upgrade(Operations op) {
        op.execute(update("logs").set("currency", "USD").where("currency IS NULL"));
    }

    /**
     * Nothing to undo: the filled-in values are as valid for step 1's nullable column as they are now, and that
     * column goes away with step 1's downgrade. Clearing them would also erase currencies the application wrote.
     */
    @Override
    public void downgrade(Operations op) {
    }
}
