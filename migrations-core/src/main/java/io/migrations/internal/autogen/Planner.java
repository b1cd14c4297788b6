package io.migrations.internal.autogen;

import io.migrations.catalog.Catalog;
import io.migrations.catalog.QualifiedName;
import java.util.List;
import java.util.Set;

/**
 * The statements that turn one schema into another, in dependency order: the one place where a catalog difference
 * becomes DDL. The same planner writes a revision's downgrade, by planning the way back.
 */
final class Planner {

    private Planner() {
    }

    /**
     * The statements, in order, that turn a database whose catalog is {@code from} into one whose catalog is
     * {@code to}, all in one transaction: an enum that gains values a later statement uses (a default, a check) is
     * rebuilt rather than given {@code ADD VALUE}, since PostgreSQL refuses a value added in the same transaction.
     */
    static List<Step> plan(Catalog from, Catalog to) {
        List<Step> steps = plan(from, to, Set.of());
        Set<QualifiedName> using = TypeChanges.enumsUsingAddedValues(steps, from, to);
        return using.isEmpty() ? steps : plan(from, to, using);
    }

    private static List<Step> plan(Catalog from, Catalog to, Set<QualifiedName> rebuiltEnums) {
        PlanContext plan = new PlanContext(from, to, rebuiltEnums);
        TableChanges tables = new TableChanges(plan);
        tables.mark();
        SchemaChanges schemas = new SchemaChanges(plan);
        schemas.schemas();
        schemas.extensions();
        TypeChanges types = new TypeChanges(plan);
        types.enums();
        types.domains();
        types.composites();
        schemas.sequences();
        new RoutineChanges(plan).plan();
        tables.plan();
        new ViewChanges(plan, tables).plan();
        return plan.ordered();
    }
}
