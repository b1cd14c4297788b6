package db.migrations;

import io.migrations.java.Migration;
import io.migrations.java.Revision;
import io.migrations.ops.Operations;

/**
 * Joins the {@code auth} and {@code billing} branches into one head again, as {@code alembic merge} does. Like most
 * merges it changes nothing itself: it only records that both branches are applied.
 */
@Revision(id = "e5220f5a7336", down = {"5f0ce56c2b01", "595783df8560"}, message = "Merge auth and billing",
        createDate = "2026-11-18 10:00:00")
public class MergeAuthAndBilling implements Migration {

    @Override
    public void upgrade(Operations op) {
    }

    @Override
    public void downgrade(Operations op) {
    }
}
