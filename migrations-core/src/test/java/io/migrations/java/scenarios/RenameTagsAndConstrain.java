package io.migrations.java.scenarios;

import static io.migrations.ops.Dsl.deleteFrom;

import io.migrations.java.Migration;
import io.migrations.java.Revision;
import io.migrations.ops.ConstraintType;
import io.migrations.ops.Operations;

/** Constraints added to and dropped from an existing table, after renaming it and removing rows that break them. */
@Revision(id = "c1c1c1c1c1c1", message = "Tags become labels with keys")
public class RenameTagsAndConstrain implements Migration {

    @Override
    public void upgrade(Operations op) {
        op.renameTable("tags", "labels");
        op.execute(deleteFrom("labels").where("name = ?", ""));
        op.createPrimaryKey("labels_pkey", "labels", "name");
        op.createUniqueConstraint("uq_labels_slug", "labels", "slug");
        op.createCheckConstraint("ck_labels_name", "labels", "length(name) > 1");
    }

    @Override
    public void downgrade(Operations op) {
        op.dropConstraint("ck_labels_name", "labels", ConstraintType.CHECK);
        op.dropConstraint("uq_labels_slug", "labels", ConstraintType.UNIQUE);
        op.dropConstraint("labels_pkey", "labels", ConstraintType.PRIMARY_KEY);
        op.renameTable("labels", "tags");
    }
}
