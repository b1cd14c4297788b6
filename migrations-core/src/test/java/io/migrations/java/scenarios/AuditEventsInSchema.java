package io.migrations.java.scenarios;

import static io.migrations.ops.Dsl.column;
import static io.migrations.ops.Dsl.foreignKey;
import static io.migrations.ops.Dsl.update;
import static io.migrations.ops.Types.BIGINT;
import static io.migrations.ops.Types.TEXT;
import static io.migrations.ops.Types.string;

import io.migrations.java.Migration;
import io.migrations.java.Revision;
import io.migrations.ops.ConstraintType;
import io.migrations.ops.Operations;
import java.util.List;
import java.util.Map;

/** Tables, an index, a foreign key and rows in schema {@code audit}, beside a table of the same name on the path. */
@Revision(id = "a0d17e000001", message = "Audit events")
public class AuditEventsInSchema implements Migration {

    @Override
    public void upgrade(Operations op) {
        Operations audit = op.inSchema("audit");
        audit.createTable("sessions", column("id", BIGINT).primaryKey());
        audit.createTable("events", column("id", BIGINT).primaryKey(), column("kind", string(20)).notNull(),
                column("session_id", BIGINT));
        audit.createIndex("ix_events_kind", "events", "kind");
        audit.createForeignKey("fk_events_session", "events", foreignKey("session_id").references("sessions", "id"));
        audit.bulkInsert("sessions", List.of(Map.of("id", 7)));
        audit.bulkInsert("events", List.of(Map.of("id", 1, "kind", "login", "session_id", 7)));
        audit.addColumn("events", column("note", TEXT));
        audit.execute(update("events").set("note", "first").where("id = ?", 1));
    }

    @Override
    public void downgrade(Operations op) {
        Operations audit = op.inSchema("audit");
        audit.dropConstraint("fk_events_session", "events", ConstraintType.FOREIGN_KEY);
        audit.dropIndex("ix_events_kind");
        audit.dropColumn("events", "note");
        audit.dropTable("events");
        audit.dropTable("sessions");
    }
}
