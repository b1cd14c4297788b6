package io.migrations.internal.autogen;

import io.migrations.catalog.Catalog;
import io.migrations.catalog.EnumType;
import io.migrations.catalog.Index;
import io.migrations.catalog.Matched;
import io.migrations.catalog.Origin;
import io.migrations.catalog.QualifiedName;
import io.migrations.catalog.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Splits the change from one catalog to another into the revisions PostgreSQL needs, each with a downgrade that
 * restores the schema it started from: enum values that the main part uses come first in a non-transactional
 * revision; the main part runs in one transaction; indexes on tables that exist already come last, built
 * {@code CONCURRENTLY} in a non-transactional revision. Each part is planned between the catalogs before and after
 * it, so its downgrade is the plan back.
 */
public final class Generation {

    private Generation() {
    }

    /** The revisions, in the order they apply, that turn {@code current} into {@code target}; empty when equal. */
    public static List<RevisionPart> of(Catalog current, Catalog target, Renames renames) {
        Catalog start = renames.apply(current);
        List<Index> concurrent = new ArrayList<>();
        List<QualifiedName> concurrentOn = new ArrayList<>();
        Catalog beforeIndexes = withoutConcurrentIndexes(start, target, concurrent, concurrentOn);
        Catalog withValues = withAddedEnumValues(start, target);
        List<Step> main = Planner.plan(withValues, beforeIndexes);
        List<RevisionPart> parts = new ArrayList<>();
        Catalog mainStart = start;
        if (!withValues.equals(start) && !TypeChanges.enumsUsingAddedValues(main, start, target).isEmpty()) {
            parts.add(new RevisionPart(Phase.ENUM_VALUES, Planner.plan(start, withValues),
                    atomic(Planner.plan(withValues, start))));
            mainStart = withValues;
        } else {
            main = Planner.plan(start, beforeIndexes);
        }
        List<Step> upgrade = new ArrayList<>(renames.statements());
        upgrade.addAll(main);
        List<Step> downgrade = new ArrayList<>(Planner.plan(beforeIndexes, mainStart));
        downgrade.addAll(renames.reversed());
        if (!upgrade.isEmpty()) {
            parts.add(new RevisionPart(Phase.MAIN, upgrade, downgrade));
        }
        if (!concurrent.isEmpty()) {
            parts.add(concurrentIndexes(concurrent, concurrentOn));
        }
        return List.copyOf(parts);
    }

    /**
     * {@code target} without the indexes to build concurrently: new or changed indexes of tables that exist in
     * {@code start}, are not partitioned (PostgreSQL cannot build those concurrently) and keep their partition key.
     */
    private static Catalog withoutConcurrentIndexes(Catalog start, Catalog target, List<Index> concurrent,
                                                    List<QualifiedName> on) {
        List<Table> tables = new ArrayList<>();
        for (Table table : target.tables()) {
            Optional<Table> existing = start.table(table.name().schema(), table.name().name());
            if (existing.isEmpty() || table.isPartitioned() || table.partitionOf() != null
                    || !existing.get().partitionKey().equals(table.partitionKey())) {
                tables.add(table);
                continue;
            }
            List<Index> kept = new ArrayList<>();
            for (Index index : table.indexes()) {
                boolean known = existing.get().index(index.name()).filter(old -> old.definition()
                        .equals(index.definition())).isPresent();
                if (known || index.origin() != Origin.LOCAL) {
                    kept.add(index);
                } else {
                    concurrent.add(index);
                    on.add(table.name());
                }
            }
            tables.add(new Table(table.name(), table.persistence(), table.partitionKey(), table.partitionOf(),
                    table.options(), table.rowSecurity(), table.columns(), table.constraints(), kept, table.triggers(),
                    table.policies(), table.comment()));
        }
        return new Catalog(target.schemas(), target.extensions(), tables, target.views(), target.sequences(),
                target.enums(), target.domains(), target.compositeTypes(), target.routines());
    }

    /** {@code start} with the values {@code target} only adds to its enums. */
    private static Catalog withAddedEnumValues(Catalog start, Catalog target) {
        Matched<EnumType> enums = Matched.by(start.enums(), target.enums(), EnumType::name);
        List<EnumType> result = new ArrayList<>(start.enums());
        for (Matched.Pair<EnumType> pair : enums.pairs()) {
            if (!pair.before().values().equals(pair.after().values())
                    && TypeChanges.isSubsequence(pair.before().values(), pair.after().values())) {
                result.remove(pair.before());
                result.add(new EnumType(pair.before().name(), pair.after().values(), pair.before().comment()));
            }
        }
        return new Catalog(start.schemas(), start.extensions(), start.tables(), start.views(), start.sequences(),
                result, start.domains(), start.compositeTypes(), start.routines());
    }

    /**
     * {@code steps} as one statement: the downgrade of the values revision rebuilds the enums outside a transaction
     * (its upgrade must commit the values before the main revision uses them), and a rebuild stopped halfway, by a row
     * that still holds a removed value, would leave the old type renamed and the next attempt failing on that rename.
     */
    private static List<Step> atomic(List<Step> steps) {
        if (steps.size() < 2) {
            return steps;
        }
        return List.of(new Step(steps.get(0).slot(), Sql.atomic(steps.stream().map(Step::sql).toList()),
                steps.stream().flatMap(step -> step.notes().stream()).toList()));
    }

    private static RevisionPart concurrentIndexes(List<Index> indexes, List<QualifiedName> tables) {
        List<Step> upgrade = new ArrayList<>();
        List<Step> downgrade = new ArrayList<>();
        for (int i = 0; i < indexes.size(); i++) {
            Index index = indexes.get(i);
            QualifiedName name = tables.get(i).sibling(index.name());
            upgrade.add(new Step(Slot.CREATE_INDEXES, Ddl.createIndexConcurrently(index), List.of()));
            if (!index.comment().isEmpty()) {
                upgrade.add(new Step(Slot.COMMENTS, Sql.comment("INDEX " + Sql.name(name), index.comment()),
                        List.of()));
            }
            downgrade.add(0, new Step(Slot.DROP_INDEXES, "DROP INDEX CONCURRENTLY IF EXISTS " + Sql.name(name),
                    List.of()));
        }
        return new RevisionPart(Phase.CONCURRENT_INDEXES, upgrade, downgrade);
    }
}
