package io.migrations.internal.autogen;

import io.migrations.catalog.Column;
import io.migrations.catalog.Constraint;
import io.migrations.catalog.Index;
import io.migrations.catalog.Matched;
import io.migrations.catalog.ObjectKind;
import io.migrations.catalog.Origin;
import io.migrations.catalog.Persistence;
import io.migrations.catalog.Policy;
import io.migrations.catalog.QualifiedName;
import io.migrations.catalog.Table;
import io.migrations.catalog.Trigger;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Tables with their columns, constraints, indexes, triggers, policies and partitions. New tables are created
 * without their foreign keys, which are added once every table exists; constraints added to a table that exists
 * already go {@code NOT VALID} and are validated in a later statement.
 */
final class TableChanges {

    private final PlanContext plan;

    TableChanges(PlanContext plan) {
        this.plan = plan;
    }

    /** Marks what must be rebuilt around column changes; runs before any table, type or view is planned. */
    void mark() {
        Set<QualifiedName> keyChanged = new HashSet<>();
        for (Matched.Pair<Table> pair : pairs()) {
            if (ColumnChanges.reshapes(pair.before(), pair.after())) {
                plan.changeRelation(pair.after().name());
            }
            Matched<Constraint> constraints = Matched.by(local(pair.before().constraints()),
                    local(pair.after().constraints()), Constraint::name);
            if (constraints.removed().stream().anyMatch(TableChanges::isKey)
                    || constraints.changed().stream().anyMatch(c -> isKey(c.before()))) {
                keyChanged.add(pair.after().name());
            }
        }
        Set<QualifiedName> changed = new HashSet<>(plan.changedRelations());
        for (Table table : plan.from().tables()) {
            for (Constraint constraint : table.constraints()) {
                if (constraint.type() == Constraint.Type.FOREIGN_KEY && (changed.contains(table.name())
                        || changed.contains(constraint.references()) || keyChanged.contains(constraint.references()))) {
                    plan.recreate(ObjectKind.CONSTRAINT, table.name() + "." + constraint.name());
                }
            }
        }
    }

    private static boolean isKey(Constraint constraint) {
        return constraint.type() == Constraint.Type.PRIMARY_KEY || constraint.type() == Constraint.Type.UNIQUE;
    }

    private List<Matched.Pair<Table>> pairs() {
        return Matched.by(plan.from().tables(), plan.to().tables(), Table::name).pairs().stream()
                .filter(pair -> pair.before().partitionKey().equals(pair.after().partitionKey())).toList();
    }

    void plan() {
        Matched<Table> tables = Matched.by(plan.from().tables(), plan.to().tables(), Table::name);
        List<Table> removed = new ArrayList<>(tables.removed());
        List<Table> added = new ArrayList<>(tables.added());
        for (Matched.Pair<Table> pair : tables.pairs()) {
            if (!pair.before().partitionKey().equals(pair.after().partitionKey())) {
                removed.add(pair.before());
                added.add(pair.after());
            } else {
                alter(pair.before(), pair.after());
            }
        }
        drop(removed, added);
        for (Table table : creationOrder(added)) {
            create(table);
        }
    }

    private void drop(List<Table> removed, List<Table> added) {
        Set<QualifiedName> names = removed.stream().map(Table::name).collect(Collectors.toSet());
        List<Table> dropped = removed.stream().filter(table -> table.partitionOf() == null
                || !names.contains(table.partitionOf().parent())).toList();
        if (dropped.isEmpty()) {
            return;
        }
        List<String> notes = new ArrayList<>();
        for (Table table : dropped) {
            notes.add("review: drops table " + table.name() + " and all its rows");
            added.stream().filter(candidate -> sameColumns(candidate, table)).findFirst().ifPresent(candidate ->
                    notes.add("review: rename? " + table.name() + " may have been renamed to " + candidate.name()
                            + "; to keep its rows, generate again with --rename " + table.name() + ":"
                            + candidate.name().name()));
        }
        // One statement, so that foreign keys between the dropped tables need no order.
        plan.add(Slot.DROP_TABLES, "DROP TABLE " + dropped.stream().map(table -> Sql.name(table.name()))
                .collect(Collectors.joining(", ")), notes.toArray(String[]::new));
    }

    private static boolean sameColumns(Table one, Table other) {
        return one.columns().stream().map(c -> c.name() + " " + c.type()).toList()
                .equals(other.columns().stream().map(c -> c.name() + " " + c.type()).toList());
    }

    /** Partitioned tables before their partitions; otherwise by name. */
    private static List<Table> creationOrder(List<Table> tables) {
        List<Table> ordered = new ArrayList<>();
        Set<QualifiedName> placed = new HashSet<>();
        List<Table> waiting = new ArrayList<>(tables);
        Set<QualifiedName> creating = tables.stream().map(Table::name).collect(Collectors.toSet());
        while (!waiting.isEmpty()) {
            List<Table> ready = waiting.stream().filter(table -> table.partitionOf() == null
                    || !creating.contains(table.partitionOf().parent())
                    || placed.contains(table.partitionOf().parent())).toList();
            if (ready.isEmpty()) {
                ready = List.copyOf(waiting);
            }
            ordered.addAll(ready);
            ready.forEach(table -> placed.add(table.name()));
            waiting.removeAll(ready);
        }
        return ordered;
    }

    private void create(Table table) {
        plan.add(Slot.CREATE_TABLES, Ddl.createTable(table));
        String target = "ALTER TABLE " + Sql.name(table.name());
        for (Constraint constraint : local(table.constraints())) {
            if (constraint.type() == Constraint.Type.FOREIGN_KEY) {
                plan.add(Slot.ADD_FOREIGN_KEYS, target + " ADD CONSTRAINT " + Sql.name(constraint.name()) + " "
                        + constraint.definition());
            } else if (table.partitionOf() != null || !Ddl.inline(constraint)) {
                plan.add(Slot.ADD_CONSTRAINTS, target + " ADD CONSTRAINT " + Sql.name(constraint.name()) + " "
                        + constraint.definition());
            }
        }
        localIndexes(table).forEach(index -> createIndex(table.name(), index, ""));
        local(table.triggers(), Trigger::origin).forEach(trigger -> createTrigger(table.name(), trigger));
        rowSecurity(table.name(), Table.RowSecurity.DISABLED, table.rowSecurity());
        table.policies().forEach(policy -> createPolicy(table.name(), policy, ""));
        comments(table, null);
    }

    private void alter(Table before, Table after) {
        String target = "ALTER TABLE " + Sql.name(after.name());
        partition(before, after);
        if (before.persistence() != after.persistence()) {
            plan.add(Slot.ALTER_TABLES, target + (after.persistence() == Persistence.UNLOGGED ? " SET UNLOGGED"
                    : " SET LOGGED"));
        }
        options(target, before.options(), after.options());
        new ColumnChanges(plan, before, after).plan();
        constraints(before, after);
        indexes(before.name(), localIndexes(before), localIndexes(after));
        triggers(before.name(), local(before.triggers(), Trigger::origin), local(after.triggers(), Trigger::origin));
        policies(after.name(), before.policies(), after.policies());
        rowSecurity(after.name(), before.rowSecurity(), after.rowSecurity());
        comments(after, before);
    }

    private void partition(Table before, Table after) {
        if (Objects.equals(before.partitionOf(), after.partitionOf())) {
            return;
        }
        if (before.partitionOf() != null) {
            plan.add(Slot.DROP_CONSTRAINTS, "ALTER TABLE " + Sql.name(before.partitionOf().parent())
                    + " DETACH PARTITION " + Sql.name(before.name()));
        }
        if (after.partitionOf() != null) {
            plan.add(Slot.ATTACH_PARTITIONS, "ALTER TABLE " + Sql.name(after.partitionOf().parent())
                    + " ATTACH PARTITION " + Sql.name(after.name()) + " " + after.partitionOf().bound());
        }
    }

    /** {@code SET (...)} and {@code RESET (...)} of storage parameters (or view options). */
    void options(String target, List<String> before, List<String> after) {
        List<String> reset = before.stream().map(TableChanges::key)
                .filter(key -> after.stream().noneMatch(option -> key(option).equals(key))).toList();
        List<String> set = after.stream().filter(option -> !before.contains(option)).toList();
        if (!reset.isEmpty()) {
            plan.add(Slot.ALTER_TABLES, target + " RESET (" + String.join(", ", reset) + ")");
        }
        if (!set.isEmpty()) {
            plan.add(Slot.ALTER_TABLES, target + " SET (" + String.join(", ", set) + ")");
        }
    }

    private static String key(String option) {
        return option.substring(0, option.indexOf('='));
    }

    private void constraints(Table before, Table after) {
        String target = "ALTER TABLE " + Sql.name(after.name());
        String prefix = after.name() + ".";
        Matched<Constraint> constraints = Matched.by(local(before.constraints()), local(after.constraints()),
                Constraint::name);
        List<Constraint> removed = new ArrayList<>(constraints.removed());
        List<Constraint> added = new ArrayList<>(constraints.added());
        for (Constraint gone : List.copyOf(removed)) {
            added.stream().filter(come -> come.definition().equals(gone.definition())).findFirst().ifPresent(come -> {
                plan.add(Slot.RENAMES, target + " RENAME CONSTRAINT " + Sql.name(gone.name()) + " TO "
                        + Sql.name(come.name()));
                removed.remove(gone);
                added.remove(come);
                comment(constraintTarget(after, come), come.comment(), gone.comment());
            });
        }
        removed.forEach(constraint -> dropConstraint(target, constraint));
        added.forEach(constraint -> addConstraint(after, constraint));
        for (Matched.Pair<Constraint> pair : constraints.pairs()) {
            Constraint old = pair.before();
            Constraint now = pair.after();
            boolean forced = plan.isRecreated(ObjectKind.CONSTRAINT, prefix + now.name());
            if (!forced && old.definition().equals(now.definition() + " NOT VALID")) {
                plan.add(Slot.VALIDATE_CONSTRAINTS, target + " VALIDATE CONSTRAINT " + Sql.name(now.name()));
            } else if (forced || !old.definition().equals(now.definition())) {
                dropConstraint(target, old);
                addConstraint(after, now);
                continue;
            }
            comment(constraintTarget(after, now), now.comment(), old.comment());
        }
    }

    private void dropConstraint(String target, Constraint constraint) {
        plan.add(constraint.type() == Constraint.Type.FOREIGN_KEY ? Slot.DROP_FOREIGN_KEYS : Slot.DROP_CONSTRAINTS,
                target + " DROP CONSTRAINT " + Sql.name(constraint.name()));
    }

    /** On a table that exists already, foreign keys and checks go {@code NOT VALID}, then are validated. */
    private void addConstraint(Table table, Constraint constraint) {
        String target = "ALTER TABLE " + Sql.name(table.name());
        String name = Sql.name(constraint.name());
        boolean foreignKey = constraint.type() == Constraint.Type.FOREIGN_KEY;
        boolean deferValidation = (foreignKey || constraint.type() == Constraint.Type.CHECK) && constraint.validated();
        plan.add(foreignKey ? Slot.ADD_FOREIGN_KEYS : Slot.ADD_CONSTRAINTS, target + " ADD CONSTRAINT " + name + " "
                + constraint.definition() + (deferValidation ? " NOT VALID" : ""));
        if (deferValidation) {
            plan.add(Slot.VALIDATE_CONSTRAINTS, target + " VALIDATE CONSTRAINT " + name);
        }
        comment(constraintTarget(table, constraint), constraint.comment(), "");
    }

    private static String constraintTarget(Table table, Constraint constraint) {
        return "CONSTRAINT " + Sql.name(constraint.name()) + " ON " + Sql.name(table.name());
    }

    /**
     * Indexes of a table or materialized view, by name. One dropped and one added with the same definition but for
     * the name are a rename.
     */
    void indexes(QualifiedName relation, List<Index> before, List<Index> after) {
        Matched<Index> indexes = Matched.by(before, after, Index::name);
        List<Index> removed = new ArrayList<>(indexes.removed());
        List<Index> added = new ArrayList<>(indexes.added());
        for (Index gone : List.copyOf(removed)) {
            added.stream().filter(come -> come.definition().equals(gone.definition().replace(
                    "INDEX " + Sql.name(gone.name()) + " ON", "INDEX " + Sql.name(come.name()) + " ON")))
                    .findFirst().ifPresent(come -> {
                        plan.add(Slot.RENAMES, "ALTER INDEX " + Sql.name(relation.sibling(gone.name())) + " RENAME TO "
                                + Sql.name(come.name()));
                        removed.remove(gone);
                        added.remove(come);
                        comment(indexTarget(relation, come), come.comment(), gone.comment());
                    });
        }
        removed.forEach(index -> plan.add(Slot.DROP_INDEXES, "DROP INDEX " + Sql.name(relation.sibling(index.name()))));
        added.forEach(index -> createIndex(relation, index, ""));
        for (Matched.Pair<Index> pair : indexes.pairs()) {
            boolean forced = plan.isRecreated(ObjectKind.INDEX, relation.sibling(pair.after().name()).toString());
            if (forced || !pair.before().definition().equals(pair.after().definition())) {
                plan.add(Slot.DROP_INDEXES, "DROP INDEX " + Sql.name(relation.sibling(pair.before().name())));
                createIndex(relation, pair.after(), pair.before().comment());
            } else {
                comment(indexTarget(relation, pair.after()), pair.after().comment(), pair.before().comment());
            }
        }
    }

    void createIndex(QualifiedName relation, Index index, String comment) {
        createIndex(relation, index, comment, Slot.CREATE_INDEXES);
    }

    /** Creates an index in {@code slot}: a materialized view's come right after it. */
    void createIndex(QualifiedName relation, Index index, String comment, Slot slot) {
        boolean cannotWait = plan.existed(relation) && plan.partitioned(relation);
        plan.add(slot, Ddl.createIndex(index), cannotWait ? new String[] {
            "migrations:allow index-without-concurrently a partitioned table cannot build an index concurrently"}
            : new String[0]);
        comment(indexTarget(relation, index), index.comment(), comment);
    }

    private static String indexTarget(QualifiedName relation, Index index) {
        return "INDEX " + Sql.name(relation.sibling(index.name()));
    }

    /** Triggers of a table or view, by name; a changed one is dropped and created again. */
    void triggers(QualifiedName relation, List<Trigger> before, List<Trigger> after) {
        Matched<Trigger> triggers = Matched.by(before, after, Trigger::name);
        triggers.removed().forEach(trigger -> dropTrigger(relation, trigger));
        triggers.added().forEach(trigger -> createTrigger(relation, trigger));
        for (Matched.Pair<Trigger> pair : triggers.pairs()) {
            Trigger old = pair.before();
            Trigger now = pair.after();
            if (plan.isRecreated(ObjectKind.TRIGGER, relation + "." + now.name())
                    || !old.definition().equals(now.definition())) {
                dropTrigger(relation, old);
                createTrigger(relation, now);
                continue;
            }
            if (old.state() != now.state()) {
                plan.add(Slot.CREATE_TRIGGERS, triggerState(relation, now));
            }
            comment(triggerTarget(relation, now), now.comment(), old.comment());
        }
    }

    private void dropTrigger(QualifiedName relation, Trigger trigger) {
        plan.add(Slot.DROP_TRIGGERS, "DROP TRIGGER " + Sql.name(trigger.name()) + " ON " + Sql.name(relation));
    }

    void createTrigger(QualifiedName relation, Trigger trigger) {
        plan.add(Slot.CREATE_TRIGGERS, trigger.definition());
        if (trigger.state() != Trigger.State.ENABLED) {
            plan.add(Slot.CREATE_TRIGGERS, triggerState(relation, trigger));
        }
        comment(triggerTarget(relation, trigger), trigger.comment(), "");
    }

    private static String triggerState(QualifiedName relation, Trigger trigger) {
        String action = switch (trigger.state()) {
            case ENABLED -> "ENABLE";
            case DISABLED -> "DISABLE";
            case REPLICA -> "ENABLE REPLICA";
            case ALWAYS -> "ENABLE ALWAYS";
        };
        return "ALTER TABLE " + Sql.name(relation) + " " + action + " TRIGGER " + Sql.name(trigger.name());
    }

    private static String triggerTarget(QualifiedName relation, Trigger trigger) {
        return "TRIGGER " + Sql.name(trigger.name()) + " ON " + Sql.name(relation);
    }

    private void policies(QualifiedName table, List<Policy> before, List<Policy> after) {
        Matched<Policy> policies = Matched.by(before, after, Policy::name);
        policies.removed().forEach(policy -> dropPolicy(table, policy));
        policies.added().forEach(policy -> createPolicy(table, policy, ""));
        for (Matched.Pair<Policy> pair : policies.changed()) {
            if (!pair.before().definition().equals(pair.after().definition())) {
                dropPolicy(table, pair.before());
                createPolicy(table, pair.after(), "");
            } else {
                comment(policyTarget(table, pair.after()), pair.after().comment(), pair.before().comment());
            }
        }
    }

    private void dropPolicy(QualifiedName table, Policy policy) {
        plan.add(Slot.DROP_POLICIES, "DROP POLICY " + Sql.name(policy.name()) + " ON " + Sql.name(table));
    }

    void createPolicy(QualifiedName table, Policy policy, String comment) {
        plan.add(Slot.CREATE_POLICIES, policy.definition());
        comment(policyTarget(table, policy), policy.comment(), comment);
    }

    private static String policyTarget(QualifiedName table, Policy policy) {
        return "POLICY " + Sql.name(policy.name()) + " ON " + Sql.name(table);
    }

    private void rowSecurity(QualifiedName table, Table.RowSecurity before, Table.RowSecurity after) {
        if (before == after) {
            return;
        }
        String target = "ALTER TABLE " + Sql.name(table);
        if ((before == Table.RowSecurity.DISABLED) != (after == Table.RowSecurity.DISABLED)) {
            plan.add(Slot.CREATE_POLICIES, target + (after == Table.RowSecurity.DISABLED ? " DISABLE" : " ENABLE")
                    + " ROW LEVEL SECURITY");
        }
        if ((before == Table.RowSecurity.FORCED) != (after == Table.RowSecurity.FORCED)) {
            plan.add(Slot.CREATE_POLICIES, target + (after == Table.RowSecurity.FORCED ? " FORCE" : " NO FORCE")
                    + " ROW LEVEL SECURITY");
        }
    }

    /** The comments of a table and what hangs on it; {@code before} null for a new table. */
    private void comments(Table after, Table before) {
        comment("TABLE " + Sql.name(after.name()), after.comment(), before == null ? "" : before.comment());
        if (before == null) {
            for (Column column : after.columns()) {
                comment("COLUMN " + Sql.name(after.name()) + "." + Sql.name(column.name()), column.comment(), "");
            }
            for (Constraint constraint : local(after.constraints())) {
                comment(constraintTarget(after, constraint), constraint.comment(), "");
            }
        }
    }

    private void comment(String target, String after, String before) {
        if (!after.equals(before)) {
            plan.add(Slot.COMMENTS, Sql.comment(target, after));
        }
    }

    /** Indexes that come and go with the table itself, not with a partitioned parent's index. */
    static List<Index> localIndexes(Table table) {
        return table.indexes().stream().filter(index -> index.origin() == Origin.LOCAL).toList();
    }

    private static List<Constraint> local(List<Constraint> constraints) {
        return local(constraints, Constraint::origin);
    }

    private static <T> List<T> local(List<T> items, Function<T, Origin> origin) {
        return items.stream().filter(item -> origin.apply(item) == Origin.LOCAL).toList();
    }
}
