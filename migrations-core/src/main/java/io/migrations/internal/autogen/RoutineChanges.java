package io.migrations.internal.autogen;

import io.migrations.catalog.Matched;
import io.migrations.catalog.ObjectKind;
import io.migrations.catalog.QualifiedName;
import io.migrations.catalog.Routine;
import io.migrations.catalog.Table;
import io.migrations.catalog.Trigger;
import io.migrations.catalog.View;
import java.util.HashSet;
import java.util.Set;

/**
 * Functions and procedures, matched by signature. A changed body is replaced with {@code CREATE OR REPLACE}; a
 * changed header (result type, argument names or defaults), which {@code CREATE OR REPLACE} refuses, is dropped and
 * created again, together with the triggers and views that use it.
 */
final class RoutineChanges {

    private final PlanContext plan;
    private final Set<QualifiedName> dropped = new HashSet<>();

    RoutineChanges(PlanContext plan) {
        this.plan = plan;
    }

    void plan() {
        Matched<Routine> routines = Matched.by(plan.from().routines(), plan.to().routines(),
                routine -> routine.kind() + " " + routine.signature());
        routines.removed().forEach(routine -> drop(routine, Slot.DROP_UNUSED_ROUTINES));
        routines.added().forEach(routine -> create(routine, ""));
        for (Matched.Pair<Routine> pair : routines.changed()) {
            Routine before = pair.before();
            Routine after = pair.after();
            if (!header(before).equals(header(after))) {
                drop(before, Slot.DROP_ROUTINES);
                create(after, "");
            } else {
                if (!before.definition().equals(after.definition())) {
                    plan.uncheckRoutineBodies();
                    plan.add(slot(after), after.definition());
                }
                comment(after, before.comment());
            }
        }
        markUsers();
    }

    /** The signature line with argument names and defaults, and the {@code RETURNS} line. */
    private static String header(Routine routine) {
        String[] lines = routine.definition().split("\n", 3);
        return lines.length < 2 ? lines[0] : lines[0] + "\n" + (lines[1].strip().startsWith("RETURNS") ? lines[1] : "");
    }

    private void drop(Routine routine, Slot slot) {
        dropped.add(routine.name());
        plan.add(slot, "DROP " + routine.kind().sql() + " " + Sql.name(routine.name()) + "("
                + routine.arguments() + ")");
    }

    private void create(Routine routine, String comment) {
        plan.uncheckRoutineBodies();
        plan.add(slot(routine), routine.definition());
        comment(routine, comment);
    }

    /** SQL-standard bodies ({@code BEGIN ATOMIC}) are parsed at once, so they wait for the tables and views. */
    private static Slot slot(Routine routine) {
        return routine.definition().contains("BEGIN ATOMIC") ? Slot.CREATE_LATE_ROUTINES : Slot.CREATE_ROUTINES;
    }

    private void comment(Routine routine, String before) {
        if (!routine.comment().equals(before)) {
            plan.add(Slot.COMMENTS, Sql.comment(routine.kind().sql() + " " + Sql.name(routine.name()) + "("
                    + routine.arguments() + ")", routine.comment()));
        }
    }

    /** Triggers and views that call a dropped routine go and come back with it. */
    private void markUsers() {
        for (QualifiedName routine : dropped) {
            for (Table table : plan.from().tables()) {
                for (Trigger trigger : table.triggers()) {
                    if (References.callsRoutine(trigger.definition(), routine)) {
                        plan.recreate(ObjectKind.TRIGGER, table.name() + "." + trigger.name());
                    }
                }
            }
            for (View view : plan.from().views()) {
                if (References.callsRoutine(view.definition(), routine)) {
                    plan.recreate(ObjectKind.VIEW, view.name().toString());
                }
            }
        }
    }
}
