package io.migrations.internal.autogen;

import io.migrations.catalog.Catalog;
import io.migrations.catalog.ObjectId;
import io.migrations.catalog.ObjectKind;
import io.migrations.catalog.QualifiedName;
import io.migrations.catalog.Table;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What the planners of one {@link Planner#plan} share: both catalogs, the statements planned so far, and the
 * objects that did not change but must be dropped and created again because something they depend on is
 * (a view over a column whose type changes, a trigger whose function is dropped).
 */
final class PlanContext {

    private final Catalog from;
    private final Catalog to;
    private final List<Step> steps = new ArrayList<>();
    private final Set<ObjectId> recreated = new HashSet<>();
    private final Set<QualifiedName> changedRelations = new HashSet<>();
    private final Set<QualifiedName> rebuiltEnums;
    private boolean routineBodiesUnchecked;

    PlanContext(Catalog from, Catalog to, Set<QualifiedName> rebuiltEnums) {
        this.from = from;
        this.to = to;
        this.rebuiltEnums = Set.copyOf(rebuiltEnums);
    }

    Catalog from() {
        return from;
    }

    Catalog to() {
        return to;
    }

    /** Whether the enum {@code name} is rebuilt even where it only gains values, because the plan uses them. */
    boolean rebuildsEnum(QualifiedName name) {
        return rebuiltEnums.contains(name);
    }

    void add(Slot slot, String sql, String... notes) {
        steps.add(new Step(slot, sql, List.of(notes)));
    }

    /** Routines are created with their bodies unchecked, as pg_dump does, so that their order does not matter. */
    void uncheckRoutineBodies() {
        if (!routineBodiesUnchecked) {
            routineBodiesUnchecked = true;
            add(Slot.SETTINGS, "SET LOCAL check_function_bodies = off");
        }
    }

    /** Marks an object present and equal in both catalogs to be dropped and created again. */
    void recreate(ObjectKind kind, String name) {
        recreated.add(new ObjectId(kind, name));
    }

    boolean isRecreated(ObjectKind kind, String name) {
        return recreated.contains(new ObjectId(kind, name));
    }

    /**
     * Marks a table whose columns change type or go away: the views over it, and foreign keys from or to it, are
     * created again around the change.
     */
    void changeRelation(QualifiedName table) {
        changedRelations.add(table);
    }

    Set<QualifiedName> changedRelations() {
        return Set.copyOf(changedRelations);
    }

    /** Whether {@code table} exists before the change (so it may hold rows and be in use). */
    boolean existed(QualifiedName table) {
        return from.tables().stream().anyMatch(candidate -> candidate.name().equals(table));
    }

    /** Whether {@code table} exists, and is partitioned, after the change. */
    boolean partitioned(QualifiedName table) {
        return to.tables().stream().filter(candidate -> candidate.name().equals(table)).anyMatch(Table::isPartitioned);
    }

    /** The statements in their final order: by slot, then as planned. */
    List<Step> ordered() {
        return steps.stream().sorted(Comparator.comparing(Step::slot)).toList();
    }
}
