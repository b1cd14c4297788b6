package io.migrations.catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A catalog flattened into one entry per object, children after their parent, so that the diff and the text form
 * walk one list and know each object's id, attributes and parent.
 */
final class Entries {

    /**
     * One object.
     *
     * @param id         its id
     * @param parent     the object it goes with (a column's table); null for top-level objects
     * @param attributes the compared attributes
     * @param summary    a short description, e.g. a column's type or an index's definition
     */
    record Entry(ObjectId id, ObjectId parent, Map<String, String> attributes, String summary) {
    }

    private final List<Entry> entries = new ArrayList<>();

    private Entries() {
    }

    static List<Entry> of(Catalog catalog) {
        Entries out = new Entries();
        catalog.schemas().forEach(schema -> out.add(ObjectKind.SCHEMA, schema.name(), null, schema.attributes(), ""));
        catalog.extensions().forEach(extension -> out.add(ObjectKind.EXTENSION, extension.name(), null,
                extension.attributes(), extension.version()));
        catalog.enums().forEach(type -> out.add(ObjectKind.ENUM, type.name().toString(), null, type.attributes(),
                type.attributes().get("values")));
        catalog.domains().forEach(domain -> out.add(ObjectKind.DOMAIN, domain.name().toString(), null,
                domain.attributes(), domain.baseType()));
        catalog.compositeTypes().forEach(type -> out.add(ObjectKind.COMPOSITE_TYPE, type.name().toString(), null,
                type.attributes(), type.attributes().get("attributes")));
        catalog.sequences().forEach(sequence -> out.add(ObjectKind.SEQUENCE, sequence.name().toString(), null,
                sequence.attributes(), sequence.options().sql()));
        catalog.tables().forEach(out::table);
        catalog.views().forEach(out::view);
        catalog.routines().forEach(routine -> out.add(routine.kind() == Routine.Kind.FUNCTION ? ObjectKind.FUNCTION
                : ObjectKind.PROCEDURE, routine.signature(), null, routine.attributes(), ""));
        return List.copyOf(out.entries);
    }

    private void table(Table table) {
        ObjectId id = add(ObjectKind.TABLE, table.name().toString(), null, table.attributes(),
                table.columns().size() + (table.columns().size() == 1 ? " column" : " columns"));
        String prefix = table.name() + ".";
        table.columns().forEach(column -> add(ObjectKind.COLUMN, prefix + column.name(), id, column.attributes(),
                column.describe()));
        table.constraints().forEach(constraint -> add(ObjectKind.CONSTRAINT, prefix + constraint.name(), id,
                constraint.attributes(), constraint.definition()));
        indexes(table.name(), table.indexes(), id);
        triggers(prefix, table.triggers(), id);
        table.policies().forEach(policy -> add(ObjectKind.POLICY, prefix + policy.name(), id, policy.attributes(),
                policy.definition()));
    }

    private void view(View view) {
        ObjectKind kind = view.kind() == View.Kind.VIEW ? ObjectKind.VIEW : ObjectKind.MATERIALIZED_VIEW;
        ObjectId id = add(kind, view.name().toString(), null, view.attributes(), view.definition());
        indexes(view.name(), view.indexes(), id);
        triggers(view.name() + ".", view.triggers(), id);
    }

    private void indexes(QualifiedName relation, List<Index> indexes, ObjectId parent) {
        indexes.forEach(index -> add(ObjectKind.INDEX, relation.sibling(index.name()).toString(), parent,
                index.attributes(), index.describe()));
    }

    private void triggers(String prefix, List<Trigger> triggers, ObjectId parent) {
        triggers.forEach(trigger -> add(ObjectKind.TRIGGER, prefix + trigger.name(), parent, trigger.attributes(),
                trigger.describe()));
    }

    private ObjectId add(ObjectKind kind, String name, ObjectId parent, Map<String, String> attributes,
                         String summary) {
        ObjectId id = new ObjectId(kind, name);
        entries.add(new Entry(id, parent, attributes, summary));
        return id;
    }
}
