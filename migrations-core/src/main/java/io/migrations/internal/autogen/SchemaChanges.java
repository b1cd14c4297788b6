package io.migrations.internal.autogen;

import io.migrations.catalog.Extension;
import io.migrations.catalog.Matched;
import io.migrations.catalog.Schema;
import io.migrations.catalog.Sequence;
import io.migrations.catalog.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** Schemas, extensions and sequences. */
final class SchemaChanges {

    private final PlanContext plan;

    SchemaChanges(PlanContext plan) {
        this.plan = plan;
    }

    void schemas() {
        Matched<Schema> schemas = Matched.by(plan.from().schemas(), plan.to().schemas(), Schema::name);
        schemas.removed().forEach(schema -> plan.add(Slot.DROP_SCHEMAS, "DROP SCHEMA " + Sql.name(schema.name()),
                "review: drops schema " + schema.name()));
        schemas.added().forEach(schema -> {
            plan.add(Slot.CREATE_SCHEMAS, "CREATE SCHEMA " + Sql.name(schema.name()));
            comment(schema, new Schema(schema.name(), ""));
        });
        schemas.changed().forEach(pair -> comment(pair.after(), pair.before()));
    }

    private void comment(Schema after, Schema before) {
        if (!after.comment().equals(before.comment())) {
            plan.add(Slot.COMMENTS, Sql.comment("SCHEMA " + Sql.name(after.name()), after.comment()));
        }
    }

    void extensions() {
        Matched<Extension> extensions = Matched.by(plan.from().extensions(), plan.to().extensions(), Extension::name);
        extensions.removed().forEach(extension -> plan.add(Slot.DROP_EXTENSIONS, "DROP EXTENSION "
                + Sql.name(extension.name()), "review: drops extension " + extension.name() + " with its objects"));
        extensions.added().forEach(extension -> {
            plan.add(Slot.CREATE_EXTENSIONS, "CREATE EXTENSION IF NOT EXISTS " + Sql.name(extension.name())
                    + " WITH SCHEMA " + Sql.name(extension.schema()) + " VERSION " + Sql.literal(extension.version()));
            comment(extension, "");
        });
        for (Matched.Pair<Extension> pair : extensions.changed()) {
            Extension before = pair.before();
            Extension after = pair.after();
            if (!before.version().equals(after.version())) {
                plan.add(Slot.CREATE_EXTENSIONS, "ALTER EXTENSION " + Sql.name(after.name()) + " UPDATE TO "
                        + Sql.literal(after.version()));
            }
            if (!before.schema().equals(after.schema())) {
                plan.add(Slot.CREATE_EXTENSIONS, "ALTER EXTENSION " + Sql.name(after.name()) + " SET SCHEMA "
                        + Sql.name(after.schema()));
            }
            comment(after, before.comment());
        }
    }

    private void comment(Extension after, String before) {
        if (!after.comment().equals(before)) {
            plan.add(Slot.COMMENTS, Sql.comment("EXTENSION " + Sql.name(after.name()), after.comment()));
        }
    }

    void sequences() {
        Matched<Sequence> sequences = Matched.by(plan.from().sequences(), plan.to().sequences(), Sequence::name);
        List<Sequence> removed = new ArrayList<>(sequences.removed());
        List<Sequence> added = new ArrayList<>(sequences.added());
        for (Sequence gone : List.copyOf(removed)) {
            added.stream().filter(come -> come.name().schema().equals(gone.name().schema())
                    && come.options().equals(gone.options()) && Objects.equals(come.ownedBy(), gone.ownedBy()))
                    .findFirst().ifPresent(come -> {
                        // A serial column's sequence follows its table's name: renaming keeps its counter.
                        plan.add(Slot.RENAMES, "ALTER SEQUENCE " + Sql.name(gone.name()) + " RENAME TO "
                                + Sql.name(come.name().name()));
                        removed.remove(gone);
                        added.remove(come);
                        comment(come, gone.comment());
                    });
        }
        removed.stream().filter(sequence -> !goesWithItsOwner(sequence))
                .forEach(sequence -> plan.add(Slot.DROP_SEQUENCES, "DROP SEQUENCE " + Sql.name(sequence.name())));
        for (Sequence sequence : added) {
            plan.add(Slot.CREATE_SEQUENCES, Ddl.createSequence(sequence.name(), sequence.options()));
            own(sequence, null);
            comment(sequence, "");
        }
        for (Matched.Pair<Sequence> pair : sequences.changed()) {
            Sequence before = pair.before();
            Sequence after = pair.after();
            if (!before.options().equals(after.options())) {
                plan.add(Slot.CREATE_SEQUENCES, "ALTER SEQUENCE " + Sql.name(after.name()) + " "
                        + after.options().sql());
            }
            own(after, before.ownedBy());
            comment(after, before.comment());
        }
    }

    /** A sequence owned by a column that goes away is dropped with it. */
    private boolean goesWithItsOwner(Sequence sequence) {
        if (sequence.ownedBy() == null) {
            return false;
        }
        return plan.to().tables().stream().filter(table -> table.name().equals(sequence.ownedBy().table()))
                .map(Table::columns).noneMatch(columns -> columns.stream()
                        .anyMatch(column -> column.name().equals(sequence.ownedBy().column())));
    }

    /**
     * Ownership is given up before columns are dropped (which would drop the sequence with them) and taken once
     * the new owner exists.
     */
    private void own(Sequence after, Sequence.ColumnRef before) {
        if (Objects.equals(after.ownedBy(), before)) {
            return;
        }
        if (before != null) {
            plan.add(Slot.DISOWN_SEQUENCES, "ALTER SEQUENCE " + Sql.name(after.name()) + " OWNED BY NONE");
        }
        if (after.ownedBy() != null) {
            plan.add(Slot.OWN_SEQUENCES, "ALTER SEQUENCE " + Sql.name(after.name()) + " OWNED BY "
                    + Sql.name(after.ownedBy().table()) + "." + Sql.name(after.ownedBy().column()));
        }
    }

    private void comment(Sequence after, String before) {
        if (!after.comment().equals(before)) {
            plan.add(Slot.COMMENTS, Sql.comment("SEQUENCE " + Sql.name(after.name()), after.comment()));
        }
    }
}
