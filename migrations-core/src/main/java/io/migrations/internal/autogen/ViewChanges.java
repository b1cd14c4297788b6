package io.migrations.internal.autogen;

import io.migrations.catalog.Catalog;
import io.migrations.catalog.Matched;
import io.migrations.catalog.ObjectKind;
import io.migrations.catalog.QualifiedName;
import io.migrations.catalog.View;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Views and materialized views. A view whose definition or options change is dropped and created again, and so
 * are the views that depend on it and the views over tables whose columns change type or go away: PostgreSQL
 * refuses those changes under a view. Views are dropped dependents first and created dependencies first.
 */
final class ViewChanges {

    private final PlanContext plan;
    private final TableChanges tables;

    ViewChanges(PlanContext plan, TableChanges tables) {
        this.plan = plan;
        this.tables = tables;
    }

    void plan() {
        Matched<View> views = Matched.by(plan.from().views(), plan.to().views(), view -> view.kind() + " " + view.name());
        Set<QualifiedName> rebuilt = rebuilt(views);
        Set<QualifiedName> gone = new HashSet<>(rebuilt);
        views.removed().forEach(view -> gone.add(view.name()));
        Set<QualifiedName> come = new HashSet<>(rebuilt);
        views.added().forEach(view -> come.add(view.name()));
        for (View view : dependentsFirst(plan.from(), gone)) {
            plan.add(Slot.DROP_VIEWS, "DROP " + view.kind().sql() + " " + Sql.name(view.name()));
        }
        List<View> created = dependentsFirst(plan.to(), come);
        for (int i = created.size() - 1; i >= 0; i--) {
            create(created.get(i));
        }
        for (Matched.Pair<View> pair : views.pairs()) {
            if (!rebuilt.contains(pair.after().name())) {
                alter(pair.before(), pair.after());
            }
        }
    }

    /** Changed views, views marked by other planners, views over changed tables, and what depends on them. */
    private Set<QualifiedName> rebuilt(Matched<View> views) {
        Set<QualifiedName> rebuilt = new LinkedHashSet<>();
        for (Matched.Pair<View> pair : views.pairs()) {
            View before = pair.before();
            View after = pair.after();
            if (!before.definition().equals(after.definition()) || !before.options().equals(after.options())
                    || plan.isRecreated(ObjectKind.VIEW, after.name().toString())
                    || plan.changedRelations().stream().anyMatch(table -> References.mentions(before.definition(), table))) {
                rebuilt.add(after.name());
            }
        }
        Set<QualifiedName> both = new HashSet<>();
        views.pairs().forEach(pair -> both.add(pair.after().name()));
        boolean grew = true;
        while (grew) {
            grew = false;
            for (View view : plan.from().views()) {
                if (both.contains(view.name()) && !rebuilt.contains(view.name()) && rebuilt.stream()
                        .anyMatch(name -> References.mentions(view.definition(), name))) {
                    rebuilt.add(view.name());
                    grew = true;
                }
            }
        }
        return rebuilt;
    }

    /** The views of {@code catalog} named in {@code names}, each before the views it reads from. */
    private static List<View> dependentsFirst(Catalog catalog, Set<QualifiedName> names) {
        List<View> views = catalog.views().stream().filter(view -> names.contains(view.name())).toList();
        List<View> ordered = new ArrayList<>();
        Set<QualifiedName> placed = new HashSet<>();
        List<View> waiting = new ArrayList<>(views);
        while (!waiting.isEmpty()) {
            List<View> ready = waiting.stream().filter(view -> waiting.stream().filter(other -> other != view)
                    .noneMatch(other -> !placed.contains(other.name()) && References.mentions(other.definition(),
                            view.name()))).toList();
            if (ready.isEmpty()) {
                ready = List.copyOf(waiting);
            }
            ordered.addAll(ready);
            ready.forEach(view -> placed.add(view.name()));
            waiting.removeAll(ready);
        }
        return ordered;
    }

    private void create(View view) {
        plan.add(Slot.CREATE_VIEWS, Ddl.createView(view));
        view.indexes().forEach(index -> tables.createIndex(view.name(), index, "", Slot.CREATE_VIEWS));
        view.triggers().forEach(trigger -> tables.createTrigger(view.name(), trigger));
        comments(view, null);
    }

    private void alter(View before, View after) {
        tables.indexes(after.name(), before.indexes(), after.indexes());
        tables.triggers(after.name(), before.triggers(), after.triggers());
        comments(after, before);
    }

    private void comments(View view, View before) {
        String target = view.kind().sql() + " " + Sql.name(view.name());
        if (!view.comment().equals(before == null ? "" : before.comment())) {
            plan.add(Slot.COMMENTS, Sql.comment(target, view.comment()));
        }
        Map<String, String> old = before == null ? Map.of() : before.columnComments();
        Set<String> columns = new LinkedHashSet<>(old.keySet());
        columns.addAll(view.columnComments().keySet());
        for (String column : columns) {
            String now = view.columnComments().getOrDefault(column, "");
            if (!now.equals(old.getOrDefault(column, ""))) {
                plan.add(Slot.COMMENTS, Sql.comment("COLUMN " + Sql.name(view.name()) + "." + Sql.name(column), now));
            }
        }
    }
}
